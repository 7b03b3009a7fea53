package com.carerounds.roster;

import com.carerounds.visit.VisitKind;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/** A roster as a dispatcher reads it: routes in order, what is unassigned and why, the score and KPIs. */
public record RosterView(Long id, Long centerId, YearMonth month, RosterStatus status, List<Route> routes,
                         List<Unassigned> unassigned, List<ConstraintScore> constraints, Kpis kpis) {

    public record Route(Long teamId, String teamName, LocalDate date, List<Stop> visits) {
    }

    public record Stop(Long visitId, int position, LocalTime plannedStart, int durationMinutes, Long elderId,
                       String elderName, String address, VisitKind kind, Set<String> requiredSkills,
                       boolean contractedTeam, boolean pinned) {
    }

    public record Unassigned(Long visitId, Long elderId, String elderName, VisitKind kind, String reason) {
    }

    public record Kpis(int visitsRequired, int visitsPlanned, int elders, int eldersWithAllVisits,
                       double travelMinutes, double travelMinutesPerVisit, double contractedTeamShare,
                       List<TeamLoad> teams) {
    }

    public record TeamLoad(Long teamId, String teamName, int visits, int visitMinutes, int days) {
    }
}
