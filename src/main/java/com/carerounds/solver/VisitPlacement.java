package com.carerounds.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.optaplanner.core.impl.score.director.InnerScoreDirectorFactory;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;

/**
 * Where one more visit can go in a planned roster, without a solve: the places that keep every hard
 * rule ({@link Feasibility}; on each team day the positions that add the least travel), each scored
 * by putting the visit there and taking it out again on one incremental score director, so that the
 * score change is the roster's own constraints' and nothing is estimated twice. OptaPlanner 10.1 has no
 * {@code recommendFit}; this is the same idea on the route insertion the search already uses.
 */
public final class VisitPlacement {

    /** Positions scored per team day, the cheapest in travel: a day's best place is almost always among them. */
    static final int POSITIONS_PER_DAY = 3;
    private static final String VISITS = "visits";

    private final InnerScoreDirectorFactory<RosterPlan, HardMediumSoftLongScore> scoring;

    /** {@code config}: the roster solver's, for its constraints and weights. */
    public VisitPlacement(SolverConfig config) {
        this.scoring = ((DefaultSolverFactory<RosterPlan>) SolverFactory.<RosterPlan>create(config))
                .getScoreDirectorFactory();
    }

    /** A visit's start on a route, seconds after midnight. */
    public record Timed(long visitId, int startSeconds) {
    }

    /**
     * A feasible place: the team day, the position in its whole route (fixed visits before it counted),
     * the visit's start there, what the roster's score gains or loses by it and the score then, the
     * travel it adds, and the route's visits with their starts once it is in.
     */
    public record Place(TeamDay day, int position, int startSeconds, HardMediumSoftLongScore scoreChange,
                        HardMediumSoftLongScore score, long addedTravelSeconds, List<Timed> route) {
    }

    /**
     * Every feasible place of the visit on the plan's team days, the best score change first. The visit
     * must be one of the plan's visits and on no route; the plan is left as it was.
     */
    public List<Place> places(RosterPlan plan, PlanningVisit visit) {
        Feasibility feasibility = new Feasibility(plan);
        List<Candidate> candidates = new ArrayList<>();
        for (TeamDay day : plan.getTeamDays()) {
            feasibility.positions(visit, day).stream().limit(POSITIONS_PER_DAY)
                    .forEach(fit -> candidates.add(new Candidate(day, fit.position(), fit.cost())));
        }
        return score(plan, visit, candidates);
    }

    /** The place at that position of the team day's route (not counting fixed visits before it), if it is feasible. */
    public List<Place> placeAt(RosterPlan plan, PlanningVisit visit, TeamDay day, int position) {
        return new Feasibility(plan).positions(visit, day).stream().filter(fit -> fit.position() == position)
                .map(fit -> new Candidate(day, fit.position(), fit.cost()))
                .findFirst().map(candidate -> score(plan, visit, List.of(candidate))).orElse(List.of());
    }

    private record Candidate(TeamDay day, int position, long addedTravel) {
    }

    /** Scores each candidate incrementally; those that would break a hard rule after all (or leave more unplanned) drop out. */
    private List<Place> score(RosterPlan plan, PlanningVisit visit, List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<Place> places = new ArrayList<>();
        try (InnerScoreDirector<RosterPlan, HardMediumSoftLongScore> director = scoring.buildScoreDirector(false, false)) {
            director.setWorkingSolution(plan);
            HardMediumSoftLongScore before = director.calculateScore();
            for (Candidate candidate : candidates) {
                TeamDay day = candidate.day();
                ContractedTeamFirstConstruction.insert(director, day, candidate.position(), visit);
                HardMediumSoftLongScore after = director.calculateScore();
                HardMediumSoftLongScore change = HardMediumSoftLongScore.of(after.hardScore() - before.hardScore(),
                        after.mediumScore() - before.mediumScore(), after.softScore() - before.softScore());
                if (change.hardScore() >= 0 && change.mediumScore() >= 0) {
                    places.add(new Place(day, day.getPositionOffset() + candidate.position(), visit.serviceStart(), change,
                            after.withInitScore(0), candidate.addedTravel(), day.getVisits().stream()
                            .map(v -> new Timed(v.getId(), v.serviceStart())).toList()));
                }
                remove(director, day, candidate.position(), visit);
            }
        }
        places.sort(Comparator.comparing(Place::scoreChange).reversed()
                .thenComparingLong(Place::addedTravelSeconds));
        return places;
    }

    /** The undo of {@link ContractedTeamFirstConstruction#insert}. */
    private static void remove(InnerScoreDirector<RosterPlan, HardMediumSoftLongScore> director, TeamDay day,
                               int position, PlanningVisit visit) {
        director.beforeListVariableElementUnassigned(day, VISITS, visit);
        director.beforeListVariableChanged(day, VISITS, position, position + 1);
        day.getVisits().remove(position);
        director.afterListVariableChanged(day, VISITS, position, position);
        director.afterListVariableElementUnassigned(day, VISITS, visit);
        director.triggerVariableListeners();
    }
}
