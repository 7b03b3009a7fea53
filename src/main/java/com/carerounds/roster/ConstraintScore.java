package com.carerounds.roster;

import java.util.List;

/** One constraint's part of a roster's score, and the visits that cause it. */
public record ConstraintScore(String constraint, String score, int matches, List<Long> visitIds) {
}
