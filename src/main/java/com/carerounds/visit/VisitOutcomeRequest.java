package com.carerounds.visit;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * DONE, or MISSED with a reason; notes are free text. {@code version} is the visit's version the doctor
 * read: not needed to record the first outcome or to repeat it, required to change one already recorded.
 */
public record VisitOutcomeRequest(@NotNull VisitStatus status, MissedReason missedReason,
                                  @Size(max = 1000) String notes, Integer version) {
}
