package com.carerounds.solver;

import java.util.List;
import org.optaplanner.core.api.score.director.ScoreDirector;

/**
 * Sets the shadow variables of routes built outside the solver (a saved roster, a test), as the
 * solver's listeners would: which day each visit is on, its neighbours, and arrival times; and moves a
 * visit between routes inside a custom phase.
 */
public final class Routes {

    private static final String VISITS = "visits";

    private Routes() {
    }

    public static void link(List<TeamDay> days) {
        days.forEach(Routes::link);
    }

    public static void link(TeamDay day) {
        List<PlanningVisit> route = day.getVisits();
        int time = day.getStartSeconds();
        Point at = day.getOrigin();
        for (int i = 0; i < route.size(); i++) {
            PlanningVisit visit = route.get(i);
            visit.setTeamDay(day);
            visit.setPrevious(i == 0 ? null : route.get(i - 1));
            visit.setNext(i == route.size() - 1 ? null : route.get(i + 1));
            if (day.isHolding()) {
                visit.setArrivalTime(null);
            } else {
                visit.setArrivalTime(time + day.travelSeconds(at, visit.getLocation()));
                time = visit.departureTime();
                at = visit.getLocation();
            }
        }
    }

    /**
     * Takes a visit off the route it is on, outside a solve (the score director is set up after): the
     * route is linked again and the visit is on none, as a visit never placed.
     */
    public static void takeOff(PlanningVisit visit) {
        TeamDay day = visit.getTeamDay();
        if (day == null) {
            return;
        }
        day.getVisits().remove(visit);
        link(day);
        visit.setTeamDay(null);
        visit.setPrevious(null);
        visit.setNext(null);
        visit.setArrivalTime(null);
    }

    /**
     * Moves a visit from one route to a place in another, telling the score director, for the phases
     * that edit the plan outside a move (the quick re-plan's {@link MakeRoom}).
     */
    static void move(ScoreDirector<RosterPlan> scoreDirector, TeamDay from, int fromIndex, TeamDay to, int toIndex) {
        scoreDirector.beforeListVariableChanged(from, VISITS, fromIndex, fromIndex + 1);
        PlanningVisit visit = from.getVisits().remove(fromIndex);
        scoreDirector.afterListVariableChanged(from, VISITS, fromIndex, fromIndex);
        scoreDirector.beforeListVariableChanged(to, VISITS, toIndex, toIndex);
        to.getVisits().add(toIndex, visit);
        scoreDirector.afterListVariableChanged(to, VISITS, toIndex, toIndex + 1);
        scoreDirector.triggerVariableListeners();
    }
}
