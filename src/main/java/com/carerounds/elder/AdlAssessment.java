package com.carerounds.elder;

import java.time.LocalDate;
import java.util.Objects;

/** One activities-of-daily-living (Barthel) assessment: 0–100, higher is more independent. */
public record AdlAssessment(LocalDate assessedOn, int score, String assessor) {

    public AdlAssessment {
        Objects.requireNonNull(assessedOn, "assessedOn");
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("ADL score must be between 0 and 100, was " + score);
        }
    }
}
