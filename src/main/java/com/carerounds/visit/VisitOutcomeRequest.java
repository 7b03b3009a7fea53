package com.carerounds.visit;

import com.carerounds.kernel.Text;
import com.carerounds.kernel.TextKind;
import jakarta.validation.constraints.NotNull;

/**
 * DONE, or MISSED with a reason; notes are free text. {@code version} is the visit's version the doctor
 * read: not needed to record the first outcome or to repeat it, required to change one already recorded.
 */
public record VisitOutcomeRequest(@NotNull VisitStatus status, MissedReason missedReason,
                                  @Text(TextKind.NOTES) String notes, Integer version) {
}
