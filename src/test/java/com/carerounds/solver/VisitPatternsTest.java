package com.carerounds.solver;

import static com.carerounds.solver.Fixtures.team;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;

/**
 * Elders who may only be seen on certain day combinations ("Tuesday and Thursday"): construction
 * picks a combination, the pattern-change move switches one as a whole and undoes exactly, and a
 * solve ends with every elder on one allowed combination.
 */
class VisitPatternsTest {

    private static final long MON_WED = 0b00101;
    private static final long TUE_THU = 0b01010;
    private static final long WED_FRI = 0b10100;

    private final PlanningTeam team = team(1, 0);
    private final PlanningTeam other = team(2, 0);

    @Test
    void daysOutsideCountsVisitsThatMustMoveToTheClosestPattern() {
        VisitPatterns patterns = new VisitPatterns(10, MON_WED, TUE_THU);
        assertThat(patterns.daysOutside(MON_WED)).isZero();
        assertThat(patterns.daysOutside(0b00001)).as("a subset: the rest is unplanned, not wrong").isZero();
        assertThat(patterns.daysOutside(0b00011)).isEqualTo(1);
        assertThat(patterns.daysOutside(0b11000)).isEqualTo(1);
        assertThat(patterns.anyDay()).isEqualTo(0b01111);
    }

    @Test
    void patternChangeMoveMovesAllVisitsOfTheElderAndItsUndoRestoresEveryRoute() {
        List<TeamDay> days = week();
        VisitPatterns patterns = new VisitPatterns(10, MON_WED, TUE_THU);
        PlanningVisit first = patterned(1, 10, patterns);
        PlanningVisit second = patterned(2, 10, patterns);
        PlanningVisit neighbour = visit(3, 20);
        PlanningVisit later = visit(4, 21);
        days.get(0).getVisits().addAll(List.of(neighbour, first));
        days.get(2).getVisits().addAll(List.of(second, later));
        RosterPlan plan = plan(days, List.of(first, second, neighbour, later));
        Routes.link(days);

        try (InnerScoreDirector<RosterPlan, HardMediumSoftLongScore> director = scoreDirector()) {
            director.setWorkingSolution(plan);
            HardMediumSoftLongScore before = director.calculateScore();
            PatternChangeMoveFactory factory = new PatternChangeMoveFactory();
            factory.phaseStarted(director);

            PatternChangeMove move = factory.toPattern(List.of(first, second), TUE_THU);
            assertThat(move.isMoveDoable(director)).isTrue();
            assertThat(factory.toPattern(List.of(first, second), MON_WED).isMoveDoable(director))
                    .as("already on that pattern").isFalse();

            Move<RosterPlan> undo = move.doMove(director);
            director.calculateScore();
            assertThat(List.of(first.dayIndex(), second.dayIndex())).containsExactlyInAnyOrder(1, 3);
            assertThat(days.get(0).getVisits()).containsExactly(neighbour);
            assertThat(days.get(2).getVisits()).containsExactly(later);

            undo.doMove(director);
            assertThat(director.calculateScore()).isEqualTo(before);
            assertThat(days.get(0).getVisits()).containsExactly(neighbour, first);
            assertThat(days.get(2).getVisits()).containsExactly(second, later);
            assertThat(first.getArrivalTime()).isNotNull();
        }
    }

    @Test
    void patternChangeMoveTakesSeveralVisitsOutOfOneListAndKeepsEveryNeighbourRight() {
        // Issue 15: both waiting visits of the elder at the end of the holding list, and a routine visit
        // before each. Announced one relocation at a time, the list's second change made the first's
        // range point past its end.
        List<TeamDay> days = week();
        TeamDay holding = days.get(10);
        VisitPatterns patterns = new VisitPatterns(10, MON_WED, TUE_THU);
        PlanningVisit first = patterned(1, 10, patterns);
        PlanningVisit second = patterned(2, 10, patterns);
        PlanningVisit before = visit(3, 20);
        PlanningVisit between = visit(4, 21);
        holding.getVisits().addAll(List.of(before, first, between, second));
        RosterPlan plan = plan(days, List.of(first, second, before, between));
        Routes.link(days);

        try (InnerScoreDirector<RosterPlan, HardMediumSoftLongScore> director = scoreDirector()) {
            director.setWorkingSolution(plan);
            HardMediumSoftLongScore unplanned = director.calculateScore();
            PatternChangeMoveFactory factory = new PatternChangeMoveFactory();
            factory.phaseStarted(director);

            Move<RosterPlan> undo = factory.toPattern(List.of(first, second), TUE_THU).doMove(director);
            HardMediumSoftLongScore planned = director.calculateScore();
            director.assertShadowVariablesAreNotStale(planned, "pattern change");
            assertThat(List.of(first.dayIndex(), second.dayIndex())).containsExactlyInAnyOrder(1, 3);
            assertThat(holding.getVisits()).containsExactly(before, between);
            assertThat(between.getPrevious()).isSameAs(before);
            assertThat(before.getNext()).isSameAs(between);
            assertThat(between.getNext()).isNull();

            undo.doMove(director);
            director.assertShadowVariablesAreNotStale(unplanned, "undo of the pattern change");
            assertThat(holding.getVisits()).containsExactly(before, first, between, second);
            assertThat(second.getPrevious()).isSameAs(between);
            assertThat(second.isUnassigned()).isTrue();
        }
    }

    @Test
    void solvedRosterPutsEveryElderOnOneAllowedCombination() {
        List<TeamDay> days = week();
        List<PlanningVisit> visits = new ArrayList<>();
        List<VisitPatterns> elders = new ArrayList<>();
        long id = 1;
        for (long elder = 1; elder <= 12; elder++) {
            // Every elder can be seen twice a week on one of three combinations; only Monday-Wednesday
            // elders fit the other team, and days hold at most five visits each.
            VisitPatterns patterns = new VisitPatterns(elder, MON_WED, TUE_THU, WED_FRI);
            elders.add(patterns);
            for (int n = 1; n <= 2; n++) {
                visits.add(patterned(id++, elder, patterns));
            }
        }

        RosterPlan solved = SolverFactory.<RosterPlan>create(Fixtures.solverConfig(2_000))
                .buildSolver().solve(plan(days, visits));

        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.getScore().mediumScore()).isZero();
        for (VisitPatterns patterns : elders) {
            long visited = solved.getVisits().stream().filter(v -> v.getElderId() == patterns.elderId())
                    .mapToLong(v -> 1L << v.dayIndex()).reduce(0, (a, b) -> a | b);
            assertThat(List.of(MON_WED, TUE_THU, WED_FRI)).as("days of elder " + patterns.elderId()).contains(visited);
        }
    }

    /** Monday to Friday for two teams, five 30-minute visits a day at most. */
    private List<TeamDay> week() {
        List<TeamDay> days = new ArrayList<>();
        for (int day = 0; day < 5; day++) {
            days.add(Fixtures.day(team, day, 480, 5));
        }
        for (int day = 0; day < 5; day++) {
            days.add(Fixtures.day(other, day, 480, 5));
        }
        days.add(Fixtures.holding(team));
        days.add(Fixtures.holding(other));
        return days;
    }

    private static RosterPlan plan(List<TeamDay> days, List<PlanningVisit> visits) {
        return new RosterPlan(Fixtures.FIRST_DAY, 5, List.of(days.get(0).getTeam(), days.get(5).getTeam()), days,
                visits, new RosterWeights());
    }

    private static PlanningVisit visit(long id, long elder) {
        return new PlanningVisit(id, elder, 1, new Point(elder, elder), 1, 0, 30 * 60, 1, 0, 1, 0);
    }

    private static PlanningVisit patterned(long id, long elder, VisitPatterns patterns) {
        return visit(id, elder).withPatterns(patterns);
    }

    private static InnerScoreDirector<RosterPlan, HardMediumSoftLongScore> scoreDirector() {
        DefaultSolverFactory<RosterPlan> factory = (DefaultSolverFactory<RosterPlan>) SolverFactory.<RosterPlan>create(
                SolverConfig.createFromXmlResource("solverConfig.xml"));
        return factory.<HardMediumSoftLongScore>getScoreDirectorFactory().buildScoreDirector();
    }
}
