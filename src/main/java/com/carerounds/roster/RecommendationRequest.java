package com.carerounds.roster;

import com.carerounds.kernel.PlausibleDate;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * One new or urgent visit to find places for: the elder (kind, skills and duration follow from the
 * visit policy), and if given the first and last day it may be on (by default the roster's open days).
 * With {@code visitId}, the places are for that visit of the elder's, waiting unassigned, not a new one.
 */
public record RecommendationRequest(@NotNull Long elderId, @PlausibleDate LocalDate from, @PlausibleDate LocalDate to,
                                    Long visitId) {
}
