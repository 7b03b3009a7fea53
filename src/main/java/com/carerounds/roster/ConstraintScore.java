package com.carerounds.roster;

import java.util.List;

/** One constraint's part of a roster's score (by stable id and by name), and the visits that cause it. */
public record ConstraintScore(String constraintId, String constraint, String score, int matches, List<Long> visitIds) {
}
