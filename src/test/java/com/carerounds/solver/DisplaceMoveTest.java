package com.carerounds.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;

/**
 * The displace move: on a day at its count, a waiting home-hospital-bed visit takes the place of the
 * lowest-priority visit, at the place in the route where it fits (a swap, at the same place, would
 * make the next elder wait past their window), and that visit waits instead; never a visit of the
 * same or higher priority, never on a day too close to the elder's other visits.
 */
class DisplaceMoveTest {

    private final PlanningTeam team = Fixtures.team(1, Fixtures.NURSING);
    /** From 08:00, 480 minutes, two visits at most; ten minutes between any two places. */
    private final TeamDay day = Fixtures.day(team, 0, 480, 2);
    private final TeamDay holding = Fixtures.holding(team);
    private final PlanningVisit routine = Fixtures.visit(1, 0, 30, 1, 1, 1);
    /** Seen between 08:40 and 09:00: it comes first unless the visit before it is short. */
    private final PlanningVisit windowed = Fixtures.visit(2, 0, 30, 5, 1, 1).withWindow(8 * 3600 + 40 * 60, 9 * 3600);
    private final PlanningVisit bed = Fixtures.visit(3, Fixtures.NURSING, 45, 65, 3, 1);

    @Test
    void aWaitingHomeBedTakesTheLowestPriorityPlaceWhereItFitsAndTheUndoPutsItBack() {
        Fixtures.route(day, routine, windowed);
        holding.getVisits().add(bed);
        RosterPlan plan = plan(List.of(day, holding), List.of(routine, windowed, bed));

        try (InnerScoreDirector<RosterPlan, HardMediumSoftLongScore> director = scoreDirector()) {
            director.setWorkingSolution(plan);
            HardMediumSoftLongScore before = director.calculateScore();
            DisplaceMoveFactory factory = new DisplaceMoveFactory();
            factory.phaseStarted(director);

            RuinRecreateMove move = factory.displacing(bed);
            assertThat(move.isMoveDoable(director)).isTrue();
            Move<RosterPlan> undo = move.doMove(director);
            HardMediumSoftLongScore after = director.calculateScore();
            assertThat(after.hardScore()).as("the windowed elder is still seen in time").isZero();
            assertThat(day.getVisits()).containsExactly(windowed, bed);
            assertThat(holding.getVisits()).containsExactly(routine);
            assertThat(after.mediumScore() - before.mediumScore()).as("65 in, 1 out").isEqualTo(64);

            undo.doMove(director);
            assertThat(director.calculateScore()).isEqualTo(before);
            assertThat(day.getVisits()).containsExactly(routine, windowed);
            assertThat(holding.getVisits()).containsExactly(bed);
        }
    }

    @Test
    void noVisitGivesUpItsPlaceToOneOfLowerPriorityOrTooCloseToTheElderOthers() {
        PlanningVisit lower = Fixtures.visit(4, 0, 30, 1, 1, 1);
        PlanningVisit bedsOther = Fixtures.visit(3, Fixtures.NURSING, 45, 65, 3, 1);
        TeamDay nextDay = Fixtures.day(team, 1, 480, 2);
        Fixtures.route(day, routine, windowed);
        Fixtures.route(nextDay, bedsOther);
        holding.getVisits().addAll(List.of(lower, bed));
        RosterPlan plan = plan(List.of(day, nextDay, holding), List.of(routine, windowed, bedsOther, lower, bed));

        try (InnerScoreDirector<RosterPlan, HardMediumSoftLongScore> director = scoreDirector()) {
            director.setWorkingSolution(plan);
            director.calculateScore();
            DisplaceMoveFactory factory = new DisplaceMoveFactory();
            factory.phaseStarted(director);

            assertThat(factory.displacing(lower).isMoveDoable(director)).as("priority 1 takes nobody's place").isFalse();
            assertThat(factory.displacing(bed).isMoveDoable(director))
                    .as("the elder's other visit is the next day, the gap is 3 days").isFalse();
        }
    }

    private RosterPlan plan(List<TeamDay> days, List<PlanningVisit> visits) {
        Routes.link(days);
        return new RosterPlan(Fixtures.FIRST_DAY, 2, List.of(team), days, visits, new RosterWeights());
    }

    private static InnerScoreDirector<RosterPlan, HardMediumSoftLongScore> scoreDirector() {
        DefaultSolverFactory<RosterPlan> factory = (DefaultSolverFactory<RosterPlan>) SolverFactory.<RosterPlan>create(
                SolverConfig.createFromXmlResource("solverConfig.xml"));
        return factory.<HardMediumSoftLongScore>getScoreDirectorFactory().buildScoreDirector();
    }
}
