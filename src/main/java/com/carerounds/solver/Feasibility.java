package com.carerounds.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether a visit can go on a team day as the plan stands, by the rules the search keeps as hard: the
 * team's skills, a day the elder may be visited on, the minimum gap from the elder's other planned
 * visits, reach, the day's visit count and workload points, and the windows, hours and minutes of the
 * route ({@link RouteInsertion}). Days whose route no move may change (fixed, holding) take nothing.
 */
final class Feasibility {

    private final Map<Long, List<PlanningVisit>> assignedByElder = new HashMap<>();

    Feasibility(RosterPlan plan) {
        for (PlanningVisit visit : plan.getVisits()) {
            if (visit.isAssigned()) {
                assignedByElder.computeIfAbsent(visit.getElderId(), id -> new ArrayList<>()).add(visit);
            }
        }
    }

    /** A day the elder may be visited on, the minimum gap from the elder's other planned visits. */
    boolean allowedOn(PlanningVisit visit, TeamDay day) {
        if (day.isHolding() || day.isPinned() || !visit.allowedOn(day.getDayIndex())) {
            return false;
        }
        for (PlanningVisit other : assignedByElder.getOrDefault(visit.getElderId(), List.of())) {
            if (other != visit && !visit.keepsGap(day.getDayIndex(), other.dayIndex())) {
                return false;
            }
        }
        return true;
    }

    /** The positions of the day's route the visit fits at, least added travel first; none if it may not go there. */
    List<RouteInsertion.Result> positions(PlanningVisit visit, TeamDay day) {
        if (!day.getTeam().hasSkills(visit.getRequiredSkills()) || !allowedOn(visit, day) || !day.canReach(visit)
                || !day.hasRoomFor(visit, day.getVisits().size(), load(day))) {
            return List.of();
        }
        return RouteInsertion.fitting(day, visit);
    }

    private static int load(TeamDay day) {
        int sum = 0;
        for (PlanningVisit visit : day.getVisits()) {
            sum += visit.getLoad();
        }
        return sum;
    }
}
