package com.carerounds.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;

/**
 * The ruin-and-recreate move: it untangles crossed routes that single-visit moves would have to pass
 * through worse rosters to fix, keeps every visit on its day, and its undo restores every route.
 */
class RuinRecreateMoveTest {

    /** Straight-line travel, one second per unit of distance. */
    private static final TravelModel STRAIGHT = new TravelModel() {
        @Override
        public long distance(Point from, Point to) {
            return Math.round(Math.hypot(from.x() - to.x(), from.y() - to.y()));
        }

        @Override
        public int seconds(Point from, Point to, PlanningTeam team) {
            return (int) distance(from, to);
        }
    };
    private static final Point CENTER = new Point(0, 0);

    private final PlanningTeam east = Fixtures.team(1, 0);
    private final PlanningTeam west = Fixtures.team(2, 0);
    private long ids = 100;

    @Test
    void rebuildingANeighbourhoodUntanglesCrossedRoutesAndTheUndoRestoresThem() {
        // Each team visits one elder in the east and one in the west: both routes cross the center and
        // overrun the 100 minutes of the day; one side each would fit. A move that takes all four visits
        // out finds it in any order of putting back; string lengths are random, so try several draws.
        int untangled = 0;
        for (int seed = 0; seed < 20; seed++) {
            untangled += untangleOnce(new Random(seed)) ? 1 : 0;
        }
        assertThat(untangled).as("draws that took both routes out whole").isPositive();
    }

    @Test
    void ruinsGrowWithTheDaysVisitsUpToTheConfiguredMost() {
        // A hundred visits in one day (a Solomon instance) or a center's month of 250 a day over 22 days.
        assertThat(RuinRecreateMoveFactory.ruinLimit(100, 1, 10, 12)).isEqualTo(RuinRecreateMoveFactory.SMALL_DAY_RUINED_VISITS);
        assertThat(RuinRecreateMoveFactory.ruinLimit(250 * 22, 22, 12, 12)).isEqualTo(7);
        assertThat(RuinRecreateMoveFactory.ruinLimit(400, 1, 10, 12)).isEqualTo(12);
        assertThat(RuinRecreateMoveFactory.ruinLimit(800, 1, 8, 12)).as("never above the configured most").isEqualTo(12);
        assertThat(RuinRecreateMoveFactory.ruinLimit(800, 1, 8, 3)).as("a configured most below the small day's").isEqualTo(3);
        assertThat(RuinRecreateMoveFactory.ruinLimit(0, 0, 0, 12)).as("no working day").isEqualTo(5);
    }

    @Test
    void longRoutesLetRuinsTakeTwiceTheConfiguredMostOnLargeDaysOnly() {
        assertThat(RuinRecreateMoveFactory.ruinLimit(800, 1, 20, 12)).as("800 visits in 40 routes").isEqualTo(24);
        assertThat(RuinRecreateMoveFactory.ruinLimit(400, 1, 30, 12)).as("a day of 400 still grows by its visits").isEqualTo(12);
        assertThat(RuinRecreateMoveFactory.ruinLimit(1240 * 22, 22, 12.4, 12)).as("a district's month of short routes").isEqualTo(12);
        assertThat(RuinRecreateMoveFactory.ruinLimit(100, 1, 50, 12)).as("a Solomon day of two routes").isEqualTo(5);
    }

    @Test
    void theNearestVisitsAreTheDaysClosestToTheSeedNearestFirstTiesInRouteOrder() {
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            List<TeamDay> days = List.of(day(east, 0, 100 * 60), day(west, 0, 100 * 60));
            List<PlanningVisit> inRouteOrder = new ArrayList<>();
            for (TeamDay day : days) {
                for (int i = random.nextInt(60); i > 0; i--) {
                    // A small grid: many visits as far from the seed as each other.
                    PlanningVisit visit = visit(random.nextInt(8), random.nextInt(8));
                    day.getVisits().add(visit);
                    inRouteOrder.add(visit);
                }
            }
            PlanningVisit seed = visit(random.nextInt(8), random.nextInt(8));
            int count = 1 + random.nextInt(45);
            List<PlanningVisit> expected = inRouteOrder.stream()
                    .sorted(Comparator.comparingDouble(visit -> squared(seed, visit)))
                    .limit(count).toList();
            assertThat(RuinRecreateMoveFactory.nearest(seed, days, count)).as("round " + round).containsExactlyElementsOf(expected);
        }
    }

    private static double squared(PlanningVisit a, PlanningVisit b) {
        double dx = a.getLocation().x() - b.getLocation().x();
        double dy = a.getLocation().y() - b.getLocation().y();
        return dx * dx + dy * dy;
    }

    @Test
    void visitsPerRouteCountsOnlyRoutesThatHoldAVisit() {
        TeamDay full = day(east, 0, 100 * 60);
        TeamDay empty = day(west, 0, 100 * 60);
        full.getVisits().addAll(List.of(visit(1, 0), visit(2, 0), visit(3, 0)));
        assertThat(RuinRecreateMoveFactory.visitsPerRoute(List.of(List.of(full, empty)))).isEqualTo(3.0);
        assertThat(RuinRecreateMoveFactory.visitsPerRoute(List.of(List.of(empty)))).isZero();
    }

    /** One drawn move on the crossed routes: true if it took all four visits out, and then it untangled them. */
    private boolean untangleOnce(Random random) {
        TeamDay eastDay = day(east, 0, 100 * 60);
        TeamDay westDay = day(west, 0, 100 * 60);
        PlanningVisit farEast = visit(1000, 0);
        PlanningVisit nearEast = visit(900, 100);
        PlanningVisit farWest = visit(-1000, 0);
        PlanningVisit nearWest = visit(-900, 100);
        eastDay.getVisits().addAll(List.of(farEast, farWest));
        westDay.getVisits().addAll(List.of(nearWest, nearEast));
        List<TeamDay> days = List.of(eastDay, westDay, holding(east), holding(west));
        RosterPlan plan = plan(days, List.of(farEast, nearEast, farWest, nearWest));
        Routes.link(days);

        try (InnerScoreDirector<RosterPlan, HardMediumSoftLongScore> director = scoreDirector()) {
            director.setWorkingSolution(plan);
            HardMediumSoftLongScore before = director.calculateScore();
            assertThat(before.hardScore()).as("crossed routes overrun the day").isNegative();
            RuinRecreateMoveFactory factory = new RuinRecreateMoveFactory();
            factory.phaseStarted(director);

            RuinRecreateMove move = factory.around(farEast, 0, 4, random);
            if (!move.isMoveDoable(director)) {
                return false;
            }
            Move<RosterPlan> undo = move.doMove(director);
            HardMediumSoftLongScore after = director.calculateScore();
            boolean allOut = move.getPlanningValues().size() == 4;
            if (allOut) {
                assertThat(after.hardScore()).isZero();
                assertThat(after.softScore()).as("less travel").isGreaterThan(before.softScore());
                List<PlanningVisit> eastward = new ArrayList<>(List.of(farEast, nearEast));
                assertThat(List.of(eastDay.getVisits(), westDay.getVisits()))
                        .as("one team takes the east, the other the west")
                        .anySatisfy(route -> assertThat(route).containsExactlyInAnyOrderElementsOf(eastward));
            }
            assertThat(plan.getVisits()).allSatisfy(visit -> {
                assertThat(visit.isAssigned()).isTrue();
                assertThat(visit.dayIndex()).isZero();
            });

            undo.doMove(director);
            assertThat(director.calculateScore()).isEqualTo(before);
            assertThat(eastDay.getVisits()).containsExactly(farEast, farWest);
            assertThat(westDay.getVisits()).containsExactly(nearWest, nearEast);
            assertThat(farWest.getTeamDay()).isSameAs(eastDay);
            assertThat(farWest.getArrivalTime()).isEqualTo(8 * 3600 + 1000 + 30 * 60 + 2000);
            return allOut;
        }
    }

    @Test
    void stringsComeOutOfDifferentRoutesFirstAndHoldConsecutiveVisits() {
        // Two routes of five visits along a line; the seed is in the middle of the first.
        TeamDay eastDay = day(east, 0, 8 * 3600);
        TeamDay westDay = day(west, 0, 8 * 3600);
        List<PlanningVisit> all = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            eastDay.getVisits().add(visit(100 * (i + 1), 0));
            westDay.getVisits().add(visit(100 * (i + 1), 10));
        }
        all.addAll(eastDay.getVisits());
        all.addAll(westDay.getVisits());
        List<TeamDay> days = List.of(eastDay, westDay, holding(east), holding(west));
        RosterPlan plan = plan(days, all);
        Routes.link(days);
        try (InnerScoreDirector<RosterPlan, HardMediumSoftLongScore> director = scoreDirector()) {
            director.setWorkingSolution(plan);
            RuinRecreateMoveFactory factory = new RuinRecreateMoveFactory();
            factory.setMaxStringLength("3");
            factory.phaseStarted(director);
            for (int seed = 0; seed < 20; seed++) {
                List<PlanningVisit> out = factory.around(eastDay.getVisits().get(2), 0, 2, new Random(seed))
                        .getPlanningValues();
                for (TeamDay day : List.of(eastDay, westDay)) {
                    List<Integer> places = out.stream().filter(day.getVisits()::contains)
                            .map(day.getVisits()::indexOf).sorted().toList();
                    assertThat(places.size()).as("one string of at most 3 per route").isBetween(0, 3);
                    assertThat(out).as("two visits out, one string per route first").hasSize(2);
                    if (!places.isEmpty()) {
                        assertThat(places.get(places.size() - 1) - places.get(0)).as("consecutive")
                                .isEqualTo(places.size() - 1);
                    }
                }
                assertThat(out).as("the seed's own route is taken from first").contains(eastDay.getVisits().get(2));
            }
        }
    }

    @Test
    void aDayWithOneRouteGivesMoreThanOneString() {
        TeamDay eastDay = day(east, 0, 8 * 3600);
        for (int i = 0; i < 8; i++) {
            eastDay.getVisits().add(visit(100 * (i + 1), 0));
        }
        List<TeamDay> days = List.of(eastDay, holding(east), holding(west));
        RosterPlan plan = plan(days, new ArrayList<>(eastDay.getVisits()));
        Routes.link(days);
        try (InnerScoreDirector<RosterPlan, HardMediumSoftLongScore> director = scoreDirector()) {
            director.setWorkingSolution(plan);
            RuinRecreateMoveFactory factory = new RuinRecreateMoveFactory();
            factory.setMaxStringLength("1");
            factory.phaseStarted(director);

            RuinRecreateMove move = factory.around(eastDay.getVisits().get(4), 0, 3, new Random(5));

            assertThat(move.getPlanningValues()).as("three strings of one, all from the one route")
                    .hasSize(3).doesNotHaveDuplicates().contains(eastDay.getVisits().get(4));
        }
    }

    @Test
    void aWaitingVisitIsPutInWhereItFitsAndTheUndoPutsItBackInTheHoldingList() {
        TeamDay eastDay = day(east, 0, 8 * 3600);
        TeamDay holding = holding(east);
        PlanningVisit planned = visit(1000, 0);
        PlanningVisit waiting = visit(900, 100);
        eastDay.getVisits().add(planned);
        holding.getVisits().add(waiting);
        List<TeamDay> days = List.of(eastDay, holding, holding(west));
        RosterPlan plan = plan(days, List.of(planned, waiting));
        Routes.link(days);

        try (InnerScoreDirector<RosterPlan, HardMediumSoftLongScore> director = scoreDirector()) {
            director.setWorkingSolution(plan);
            HardMediumSoftLongScore before = director.calculateScore();
            RuinRecreateMoveFactory factory = new RuinRecreateMoveFactory();
            factory.phaseStarted(director);

            Move<RosterPlan> undo = factory.around(waiting, 0, 2, new Random(1)).doMove(director);
            HardMediumSoftLongScore after = director.calculateScore();
            assertThat(before.mediumScore()).as("one visit waiting").isNegative();
            assertThat(after.mediumScore()).isZero();
            assertThat(after.hardScore()).isZero();
            assertThat(eastDay.getVisits()).containsExactlyInAnyOrder(planned, waiting);
            assertThat(holding.getVisits()).isEmpty();

            undo.doMove(director);
            assertThat(director.calculateScore()).isEqualTo(before);
            assertThat(holding.getVisits()).containsExactly(waiting);
            assertThat(waiting.isUnassigned()).isTrue();
        }
    }

    @Test
    void solvingWithRuinAndRecreateKeepsScoresAndRoutesConsistent() {
        // FULL_ASSERT recalculates the score from scratch after every move and its undo: any notification
        // the move forgets, or an undo that restores the wrong routes, fails the solve.
        List<TeamDay> days = new ArrayList<>();
        List<PlanningVisit> visits = new ArrayList<>();
        Random random = new Random(3);
        for (int day = 0; day < 2; day++) {
            days.add(day(east, day, 8 * 3600));
            days.add(day(west, day, 8 * 3600));
        }
        // 48 visits for 40 places: some wait, and the move also tries to put those in.
        for (int i = 0; i < 48; i++) {
            visits.add(visit(random.nextInt(2000) - 1000, random.nextInt(2000) - 1000));
        }
        days.add(holding(east));
        days.add(holding(west));
        SolverConfig config = new SolverConfig()
                .withSolutionClass(RosterPlan.class)
                .withEntityClasses(TeamDay.class, PlanningVisit.class)
                .withConstraintProviderClass(RosterConstraintProvider.class)
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommandClassList(
                                List.of(ContractedTeamFirstConstruction.class)),
                        new LocalSearchPhaseConfig()
                                .withTerminationConfig(new TerminationConfig().withStepCountLimit(300))
                                .withMoveSelectorConfig(new MoveIteratorFactoryConfig()
                                        .withMoveIteratorFactoryClass(RuinRecreateMoveFactory.class)));

        RosterPlan solved = SolverFactory.<RosterPlan>create(config).buildSolver().solve(plan(days, visits));

        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.getVisits().stream().filter(PlanningVisit::isAssigned).count()).isBetween(1L, 40L);
        assertThat(solved.getTeamDays().stream().mapToInt(day -> day.getVisits().size()).sum())
                .as("no visit lost or doubled").isEqualTo(48);
    }

    private TeamDay day(PlanningTeam team, int dayIndex, int capacitySeconds) {
        return TeamDay.working(++ids, team, Fixtures.FIRST_DAY.plusDays(dayIndex), dayIndex, CENTER, 8 * 3600,
                18 * 3600, capacitySeconds, 10, Integer.MAX_VALUE, STRAIGHT);
    }

    private TeamDay holding(PlanningTeam team) {
        return TeamDay.holding(++ids, team, CENTER, STRAIGHT);
    }

    /** A 30-minute visit any team may make, on any day. */
    private PlanningVisit visit(double x, double y) {
        long id = ++ids;
        return new PlanningVisit(id, id, 1, new Point(x, y), -1, 0, 30 * 60, 1, 0, 1, 0);
    }

    private RosterPlan plan(List<TeamDay> days, List<PlanningVisit> visits) {
        return new RosterPlan(Fixtures.FIRST_DAY, 2, List.of(east, west), days, visits, new RosterWeights());
    }

    private static InnerScoreDirector<RosterPlan, HardMediumSoftLongScore> scoreDirector() {
        DefaultSolverFactory<RosterPlan> factory = (DefaultSolverFactory<RosterPlan>) SolverFactory.<RosterPlan>create(
                SolverConfig.createFromXmlResource("solverConfig.xml"));
        return factory.<HardMediumSoftLongScore>getScoreDirectorFactory().buildScoreDirector();
    }
}
