package com.carerounds.elder;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** One ADL (Barthel) reassessment: 0–100, on a date that has happened. */
public record AssessmentRequest(@NotNull @PastOrPresent LocalDate assessedOn,
                                @NotNull @Min(0) @Max(100) Integer score,
                                @Size(max = 100) String assessor) {
}
