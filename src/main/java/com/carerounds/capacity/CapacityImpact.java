package com.carerounds.capacity;

import com.carerounds.team.TeamBody;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The changed team, and the planned visits that no longer fit its days: to re-solve. {@code coverage}:
 * for a change only tried, each planned roster it concerns as it is and after a quick re-plan; empty
 * for a change made.
 */
public record CapacityImpact(Long teamId, int version, Integer maxVisitMinutes, Integer maxVisits, LocalDate from,
                             LocalDate to, TeamBody.LeavePeriod leave, List<Displaced> noLongerFit,
                             List<Coverage> coverage) {

    public record Displaced(Long rosterId, Long visitId, LocalDate date, Long elderId, String elderName) {
    }

    /** Visits of a plan, how many are unassigned, and of those how many are home-hospital-bed visits. */
    public record Plan(int visits, int unassigned, int homeHospitalBedUnassigned) {
    }

    /**
     * A roster as it is ({@code today}) and as a quick re-plan with the change would leave it;
     * {@code visitsMoved}: visits planned in both on another team or day.
     */
    public record Coverage(Long rosterId, YearMonth month, Plan today, Plan afterRePlan, int visitsMoved) {
    }

    CapacityImpact withCoverage(List<Coverage> coverage) {
        return new CapacityImpact(teamId, version, maxVisitMinutes, maxVisits, from, to, leave, noLongerFit, coverage);
    }
}
