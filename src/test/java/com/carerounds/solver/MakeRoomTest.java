package com.carerounds.solver;

import static com.carerounds.solver.Fixtures.NURSING;
import static com.carerounds.solver.Fixtures.team;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * The quick re-plan's room making: a visit that fits nowhere as the plan stands gets a place by moving one
 * other visit where that one may go, never a fixed one, and only when the plan is better for it; where no
 * room can be made, a visit of higher priority takes the place of a lower one.
 */
class MakeRoomTest {

    /** The product's construction, then room making: the quick re-plan without its loading and saving. */
    private static RosterPlan replan(List<PlanningTeam> teams, List<TeamDay> days, List<PlanningVisit> visits) {
        SolverConfig config = SolverConfig.createFromXmlResource("solverConfig.xml");
        config.setPhaseConfigList(List.of(config.getPhaseConfigList().get(0),
                new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(MakeRoom.class))));
        Routes.link(days);
        return SolverFactory.<RosterPlan>create(config).buildSolver()
                .solve(new RosterPlan(Fixtures.FIRST_DAY, 31, teams, days, visits, new RosterWeights()));
    }

    @Test
    void aWaitingVisitGetsTheDayItMustHaveByMovingOneOtherVisitToADayItMayHave() {
        PlanningTeam nurses = team(1, NURSING);
        // One visit a day. The sick team's visit was released: it may only be on day 4, which is full.
        PlanningVisit released = new PlanningVisit(1, 10, 1, new Point(1, 1), 1, NURSING, 30 * 60, 65, 0, 4, 7)
                .withAllowedDays(1L << 4);
        PlanningVisit flexible = new PlanningVisit(2, 20, 1, new Point(2, 2), 1, 0, 30 * 60, 1, 0, 4, 7)
                .withPublished(1, 4, 8 * 3600 + Fixtures.LEG_SECONDS, 3);
        PlanningVisit happened = new PlanningVisit(3, 30, 1, new Point(3, 3), 1, 0, 30 * 60, 1, 0, 4, 7);
        TeamDay full = Fixtures.route(Fixtures.day(nurses, 4, 480, 1), flexible);
        TeamDay free = Fixtures.day(nurses, 5, 480, 1);
        TeamDay fixed = Fixtures.route(Fixtures.fixedDay(nurses, 6, 480, 2), happened);
        // Day 6 has room but is fixed: nothing goes there.
        List<TeamDay> days = new ArrayList<>(List.of(full, free, fixed, Fixtures.holding(nurses)));

        RosterPlan plan = replan(List.of(nurses), days, List.of(released, flexible, happened));

        assertThat(visit(plan, 1).isAssigned()).as("placed").isTrue();
        assertThat(visit(plan, 1).dayIndex()).isEqualTo(4);
        assertThat(visit(plan, 2).dayIndex()).as("moved to make room").isEqualTo(5);
        assertThat(visit(plan, 3).getTeamDay().isPinned()).as("what happened is not touched").isTrue();
        assertThat(visit(plan, 3).getTeamDay().getVisits()).extracting(PlanningVisit::getId).containsExactly(3L);
        assertThat(plan.getScore().hardScore()).isZero();
        assertThat(plan.getScore().mediumScore()).isZero();
    }

    @Test
    void noVisitMovesWhenTheOneItWouldMakeRoomForStillCannotGoThere() {
        PlanningTeam nurses = team(1, NURSING);
        // The waiting visit's elder is seen on day 5: a visit on day 4 would break the four-day gap.
        PlanningVisit waiting = new PlanningVisit(1, 10, 1, new Point(1, 1), 1, 0, 30 * 60, 5, 0, 4, 7)
                .withAllowedDays(1L << 4);
        PlanningVisit sameElder = new PlanningVisit(4, 10, 2, new Point(1, 1), 1, 0, 30 * 60, 5, 0, 4, 7)
                .withAllowedDays(1L << 5);
        PlanningVisit other = new PlanningVisit(2, 20, 1, new Point(2, 2), 1, 0, 30 * 60, 1, 0, 4, 7);
        TeamDay full = Fixtures.route(Fixtures.day(nurses, 4, 480, 1), other);
        TeamDay next = Fixtures.route(Fixtures.day(nurses, 5, 480, 2), sameElder);
        TeamDay free = Fixtures.day(nurses, 8, 480, 1);
        List<TeamDay> days = new ArrayList<>(List.of(full, next, free, Fixtures.holding(nurses)));

        RosterPlan plan = replan(List.of(nurses), days, List.of(waiting, sameElder, other));

        assertThat(visit(plan, 1).isUnassigned()).isTrue();
        assertThat(visit(plan, 2).dayIndex()).as("left where it was").isEqualTo(4);
        assertThat(visit(plan, 4).dayIndex()).isEqualTo(5);
    }

    @Test
    void aHomeHospitalBedVisitTakesTheDayOfARoutineVisitThatCanGoNowhereElse() {
        PlanningTeam nurses = team(1, NURSING);
        // Day 4 holds one visit; the routine visit on it may only be on day 4 too, so no room can be made.
        PlanningVisit homeBed = new PlanningVisit(1, 10, 1, new Point(1, 1), 1, NURSING, 45 * 60, 65, 0, 4, 7)
                .withAllowedDays(1L << 4);
        PlanningVisit routine = new PlanningVisit(2, 20, 1, new Point(2, 2), 1, 0, 30 * 60, 2, 0, 4, 7)
                .withAllowedDays(1L << 4);
        TeamDay full = Fixtures.route(Fixtures.day(nurses, 4, 480, 1), routine);
        List<TeamDay> days = new ArrayList<>(List.of(full, Fixtures.day(nurses, 5, 480, 1), Fixtures.holding(nurses)));

        RosterPlan plan = replan(List.of(nurses), days, List.of(homeBed, routine));

        assertThat(visit(plan, 1).isAssigned()).as("the home hospital bed first").isTrue();
        assertThat(visit(plan, 1).dayIndex()).isEqualTo(4);
        assertThat(visit(plan, 2).isUnassigned()).as("the routine visit waits").isTrue();
        assertThat(plan.getScore().hardScore()).isZero();
        assertThat(plan.getScore().mediumScore()).isEqualTo(-2);
    }

    @Test
    void aRoutineVisitDoesNotTakeThePlaceOfAnotherOfTheSamePriority() {
        PlanningTeam nurses = team(1, NURSING);
        PlanningVisit waiting = new PlanningVisit(1, 10, 1, new Point(1, 1), 1, 0, 30 * 60, 2, 0, 4, 7)
                .withAllowedDays(1L << 4);
        PlanningVisit placed = new PlanningVisit(2, 20, 1, new Point(2, 2), 1, 0, 30 * 60, 2, 0, 4, 7)
                .withAllowedDays(1L << 4);
        TeamDay full = Fixtures.route(Fixtures.day(nurses, 4, 480, 1), placed);
        List<TeamDay> days = new ArrayList<>(List.of(full, Fixtures.holding(nurses)));

        RosterPlan plan = replan(List.of(nurses), days, List.of(waiting, placed));

        assertThat(visit(plan, 2).dayIndex()).as("left where it was").isEqualTo(4);
        assertThat(visit(plan, 1).isUnassigned()).isTrue();
    }

    /** The solved plan's visit: the solver answers a copy of the plan it was given. */
    private static PlanningVisit visit(RosterPlan plan, long id) {
        return plan.getVisits().stream().filter(v -> v.getId() == id).findFirst().orElseThrow();
    }
}
