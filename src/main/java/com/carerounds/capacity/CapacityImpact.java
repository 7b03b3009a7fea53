package com.carerounds.capacity;

import java.time.LocalDate;
import java.util.List;

/** The changed team, and the planned visits that no longer fit its days: to re-solve. */
public record CapacityImpact(Long teamId, int version, int maxVisitMinutes, int maxVisits, LocalDate from,
                             LocalDate to, List<Displaced> noLongerFit) {

    public record Displaced(Long rosterId, Long visitId, LocalDate date, Long elderId, String elderName) {
    }
}
