package com.carerounds.team;

import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;

/** Dates a team does no home visits: leave, training, a member off sick. Both ends inclusive. */
@Table("team_leave")
public record Leave(LocalDate startDate, LocalDate endDate, String reason) {

    public Leave {
        if (endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("leave must end on or after its start");
        }
    }

    /** Whether the two share a date: a team's leave is kept by its start, so its periods must not overlap. */
    public boolean overlaps(Leave other) {
        return !startDate.isAfter(other.endDate) && !other.startDate.isAfter(endDate);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(endDate);
    }
}
