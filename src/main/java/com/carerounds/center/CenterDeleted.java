package com.carerounds.center;

/**
 * Published inside the deleting transaction, after the delete guard passed: what belongs to setting
 * a center up (its visit policy) goes with it.
 */
public record CenterDeleted(Long centerId) {
}
