package com.carerounds.solver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/**
 * Replaces the routes of some team days with new ones in one step: the routes a
 * {@link RuinRecreateMoveFactory} drafted after taking a few nearby visits out and putting each back
 * where it fits best, or a {@link DisplaceMoveFactory} after a waiting visit took a lower-priority
 * visit's place (a holding list being one of the routes). The visits of the new routes are exactly
 * those of the old ones, so no visit is lost; the undo move puts the old routes back.
 */
final class RuinRecreateMove extends AbstractMove<RosterPlan> {

    private static final String VISITS = "visits";

    private final Map<TeamDay, List<PlanningVisit>> routes;
    private final List<PlanningVisit> ruined;
    /** What drafted the routes, for the solver's move statistics. */
    private final String type;

    RuinRecreateMove(Map<TeamDay, List<PlanningVisit>> routes, List<PlanningVisit> ruined) {
        this(routes, ruined, "RuinRecreateMove");
    }

    RuinRecreateMove(Map<TeamDay, List<PlanningVisit>> routes, List<PlanningVisit> ruined, String type) {
        this.routes = routes;
        this.ruined = ruined;
        this.type = type;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<RosterPlan> scoreDirector) {
        return !routes.isEmpty() && RosterMoveFilter.touchesNoFixedDay(this);
    }

    @Override
    protected RuinRecreateMove createUndoMove(ScoreDirector<RosterPlan> scoreDirector) {
        Map<TeamDay, List<PlanningVisit>> current = new LinkedHashMap<>();
        routes.keySet().forEach(day -> current.put(day, List.copyOf(day.getVisits())));
        return new RuinRecreateMove(current, ruined, type);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<RosterPlan> scoreDirector) {
        // Empty every route first, then fill: a visit moving between two of them is never in both lists.
        for (TeamDay day : routes.keySet()) {
            scoreDirector.beforeListVariableChanged(day, VISITS, 0, day.getVisits().size());
            day.getVisits().clear();
            scoreDirector.afterListVariableChanged(day, VISITS, 0, 0);
        }
        routes.forEach((day, visits) -> {
            scoreDirector.beforeListVariableChanged(day, VISITS, 0, 0);
            day.getVisits().addAll(visits);
            scoreDirector.afterListVariableChanged(day, VISITS, 0, visits.size());
        });
    }

    @Override
    public RuinRecreateMove rebase(ScoreDirector<RosterPlan> destination) {
        Map<TeamDay, List<PlanningVisit>> rebased = new LinkedHashMap<>();
        routes.forEach((day, visits) -> rebased.put(destination.lookUpWorkingObject(day),
                visits.stream().map(destination::lookUpWorkingObject).toList()));
        return new RuinRecreateMove(rebased, ruined.stream().map(destination::lookUpWorkingObject).toList(), type);
    }

    @Override
    public List<TeamDay> getPlanningEntities() {
        return new ArrayList<>(routes.keySet());
    }

    @Override
    public List<PlanningVisit> getPlanningValues() {
        return ruined;
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return type;
    }

    @Override
    public String toString() {
        return type + " " + ruined;
    }
}
