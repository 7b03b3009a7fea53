package com.carerounds.solver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.domain.constraintweight.ConstraintConfigurationProvider;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * A month (or any horizon) of one center's visits to plan: the teams, their working days with the
 * routes to fill, and the visits. Independent of persistence; the roster package maps in and out.
 */
@PlanningSolution
public class RosterPlan {

    private LocalDate firstDay;
    private int horizonDays;
    @ProblemFactCollectionProperty
    private List<PlanningTeam> teams;
    @PlanningEntityCollectionProperty
    private List<TeamDay> teamDays;
    // Registered as facts: OptaPlanner 10.1 expects only list owners in entity collections; the visits'
    // shadow variables are still tracked through the list variable.
    @ProblemFactCollectionProperty
    @ValueRangeProvider(id = "visits")
    private List<PlanningVisit> visits;
    @ConstraintConfigurationProvider
    private RosterWeights weights;
    @PlanningScore
    private HardMediumSoftLongScore score;

    RosterPlan() {
        // for OptaPlanner's solution cloning
    }

    /** Team days must include one holding day per team; every visit starts in some team day's list. */
    public RosterPlan(LocalDate firstDay, int horizonDays, List<PlanningTeam> teams, List<TeamDay> teamDays,
                      List<PlanningVisit> visits, RosterWeights weights) {
        if (horizonDays > Long.SIZE) {
            throw new IllegalArgumentException("a horizon is at most 64 days, was " + horizonDays);
        }
        this.firstDay = firstDay;
        this.horizonDays = horizonDays;
        this.teams = teams;
        this.teamDays = teamDays;
        this.visits = visits;
        this.weights = weights;
    }

    /**
     * Visits some team day can reach and be back from within its hours ({@link TeamDay#canReach}): the
     * ones the search can place at all.
     */
    public int reachableVisitCount() {
        return (int) visits.stream()
                .filter(visit -> teamDays.stream().anyMatch(day -> !day.isHolding() && day.canReach(visit)))
                .count();
    }

    public LocalDate getFirstDay() { return firstDay; }
    public int getHorizonDays() { return horizonDays; }
    public List<PlanningTeam> getTeams() { return teams; }
    public List<TeamDay> getTeamDays() { return teamDays; }
    public List<PlanningVisit> getVisits() { return visits; }
    public RosterWeights getWeights() { return weights; }
    public HardMediumSoftLongScore getScore() { return score; }
    public void setScore(HardMediumSoftLongScore score) { this.score = score; }

    /** The team days of each day of the horizon, holding and fixed days left out: where a visit on that day can go. */
    public List<List<TeamDay>> workingDaysByIndex() {
        List<List<TeamDay>> byIndex = new ArrayList<>();
        for (int i = 0; i < horizonDays; i++) {
            byIndex.add(new ArrayList<>());
        }
        teamDays.stream().filter(day -> !day.isHolding() && !day.isPinned()).forEach(day -> byIndex.get(day.getDayIndex()).add(day));
        return byIndex;
    }

    /** The visits a move may change: those not fixed on a pinned day. */
    public List<PlanningVisit> movableVisits() {
        return visits.stream().filter(visit -> !visit.isFixed()).toList();
    }

    /** The holding day of a team, where its unplaced visits wait. */
    public TeamDay holdingDayOf(PlanningTeam team) {
        return teamDays.stream().filter(d -> d.isHolding() && d.getTeam().equals(team)).findFirst()
                .orElseThrow(() -> new IllegalStateException("team " + team.name() + " has no holding day"));
    }
}
