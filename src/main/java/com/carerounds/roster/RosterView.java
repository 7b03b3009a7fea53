package com.carerounds.roster;

import com.carerounds.calendar.DayKind;
import com.carerounds.visit.VisitKind;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A roster as a dispatcher reads it: routes in order, what is unassigned and why, the score and KPIs;
 * {@code noLongerFit}: planned visits from today on that a capacity, leave or visit-times change pushed out of their
 * day, or a contract change left outside the elder's contract (the roster then needs a re-plan); {@code publishedRevision}: the revision the doctors see;
 * {@code teamDays}: every day a team can make visits, with its load against its capacity;
 * {@code calendar}: the month's public holidays and make-up working days.
 */
public record RosterView(Long id, Long centerId, YearMonth month, RosterStatus status, Integer publishedRevision,
                         List<Route> routes, List<Unassigned> unassigned, List<ConstraintScore> constraints, Kpis kpis,
                         List<Long> noLongerFit, List<TeamDay> teamDays, List<CalendarMark> calendar) {

    /** {@code routeMinutes}: from leaving the center to coming back (0 without visits), at most {@code limitMinutes}. */
    public record TeamDay(Long teamId, LocalDate date, int maxVisits, int visits, int routeMinutes, int limitMinutes) {
    }

    public record CalendarMark(LocalDate date, DayKind kind, String name) {
    }

    public record Route(Long teamId, String teamName, LocalDate date, List<Stop> visits) {
    }

    /** {@code crossCover}: why another team than the elder's contracted one makes the visit; null when it does. */
    public record Stop(Long visitId, int position, LocalTime plannedStart, int durationMinutes, Long elderId,
                       String elderName, String address, VisitKind kind, Set<String> requiredSkills,
                       boolean contractedTeam, boolean pinned, CrossCover crossCover) {
    }

    public record Unassigned(Long visitId, Long elderId, String elderName, VisitKind kind, String reason) {
    }

    /**
     * {@code crossCovers}: planned visits made by another team than the contracted one, by why;
     * {@code priorityInversions}: waiting visits that could take the place of a planned visit of lower
     * priority ({@code RosterChecker.PriorityInversion}), {@code homeHospitalBedInversions} those of them
     * for a home hospital bed.
     */
    public record Kpis(int visitsRequired, int visitsPlanned, int elders, int eldersWithAllVisits,
                       double travelMinutes, double travelMinutesPerVisit, double contractedTeamShare,
                       Map<ContractedTeamReason, Integer> crossCovers, int homeHospitalBedUnassigned,
                       int priorityInversions, int homeHospitalBedInversions, int overtimeMinutes,
                       List<TeamLoad> teams) {
    }

    public record TeamLoad(Long teamId, String teamName, int visits, int visitMinutes, int days) {
    }
}
