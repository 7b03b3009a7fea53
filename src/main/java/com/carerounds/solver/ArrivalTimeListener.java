package com.carerounds.solver;

import java.util.Objects;
import org.optaplanner.core.api.domain.variable.VariableListener;
import org.optaplanner.core.api.score.director.ScoreDirector;

/**
 * Keeps arrival times along a route: when a visit moves, it and the visits after it on that route
 * are re-timed, stopping at the first one whose arrival does not change.
 */
public class ArrivalTimeListener implements VariableListener<RosterPlan, PlanningVisit> {

    private static final String ARRIVAL_TIME = "arrivalTime";

    @Override
    public void afterVariableChanged(ScoreDirector<RosterPlan> scoreDirector, PlanningVisit visit) {
        TeamDay day = visit.getTeamDay();
        if (day == null || day.isHolding()) {
            if (visit.getArrivalTime() != null) {
                set(scoreDirector, visit, null);
            }
            return;
        }
        PlanningVisit previous = visit.getPrevious();
        if (previous != null && previous.getArrivalTime() == null) {
            // The previous visit moved in the same move; its own event re-times the route from there.
            return;
        }
        int departure = previous == null ? day.getStartSeconds() : previous.departureTime();
        Point from = previous == null ? day.getOrigin() : previous.getLocation();
        PlanningVisit current = visit;
        while (current != null) {
            Integer arrival = departure + day.travelSeconds(from, current.getLocation());
            if (Objects.equals(current.getArrivalTime(), arrival)) {
                break;
            }
            set(scoreDirector, current, arrival);
            departure = current.departureTime();
            from = current.getLocation();
            current = current.getNext();
        }
    }

    private static void set(ScoreDirector<RosterPlan> scoreDirector, PlanningVisit visit, Integer arrival) {
        scoreDirector.beforeVariableChanged(visit, ARRIVAL_TIME);
        visit.setArrivalTime(arrival);
        scoreDirector.afterVariableChanged(visit, ARRIVAL_TIME);
    }

    @Override
    public void beforeVariableChanged(ScoreDirector<RosterPlan> scoreDirector, PlanningVisit visit) {
        // arrival times are recomputed after the change
    }

    @Override
    public void beforeEntityAdded(ScoreDirector<RosterPlan> scoreDirector, PlanningVisit visit) {
        // a new visit has no route yet
    }

    @Override
    public void afterEntityAdded(ScoreDirector<RosterPlan> scoreDirector, PlanningVisit visit) {
        // a new visit has no route yet
    }

    @Override
    public void beforeEntityRemoved(ScoreDirector<RosterPlan> scoreDirector, PlanningVisit visit) {
        // nothing follows a removed visit
    }

    @Override
    public void afterEntityRemoved(ScoreDirector<RosterPlan> scoreDirector, PlanningVisit visit) {
        // nothing follows a removed visit
    }
}
