package com.carerounds.elder;

import com.carerounds.kernel.PlausibleDate;
import com.carerounds.kernel.Text;
import com.carerounds.kernel.TextKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/** One ADL (Barthel) reassessment: 0–100, on a date that has happened. */
public record AssessmentRequest(@NotNull @PastOrPresent @PlausibleDate LocalDate assessedOn,
                                @NotNull @Min(0) @Max(100) Integer score,
                                @Text(TextKind.PERSON_NAME) String assessor) {
}
