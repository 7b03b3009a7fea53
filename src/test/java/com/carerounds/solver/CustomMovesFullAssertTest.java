package com.carerounds.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveListFactoryConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.optaplanner.core.impl.score.director.InnerScoreDirectorFactory;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;

/**
 * Every custom move of the solver configuration, on seeded random rosters of each shape the product
 * meets: periodic elders with many day combinations, one team over many days, mostly empty routes,
 * several visits of one elder in one route, routine elders with windows and skills, and an
 * under-supplied month whose routes are full and whose holding lists are long (where a waiting visit
 * takes a lower-priority one's place); visits start in routes, in holding lists and on no list. OptaPlanner runs the after-listeners of a move on the
 * final routes, so a move that announces a range for a route it changed twice, or undoes
 * inexactly, corrupts the next and previous visits of others or crashes the solve (issue 15): here
 * FULL_ASSERT recomputes shadow variables and the score after every move and undo and fails first.
 * Some days are fixed (pinned, as what happened), some with an open rest after them: no move, generic
 * or custom, may change a fixed route (issue 16).
 */
class CustomMovesFullAssertTest {

    private static final int ROSTERS_PER_SHAPE = 8;
    private static final int STEPS = 150;
    private static final int MOVES_PER_FACTORY = 150;
    /** Custom moves drawn about as often as all the generic ones together, which still make the shapes. */
    private static final double CUSTOM_MOVE_WEIGHT = 12.0;

    /** Built once: compiling the constraints for each roster would take most of the test's time. */
    private static final InnerScoreDirectorFactory<RosterPlan, HardMediumSoftLongScore> SCORE_DIRECTORS =
            ((DefaultSolverFactory<RosterPlan>) SolverFactory.<RosterPlan>create(
                    SolverConfig.createFromXmlResource("solverConfig.xml"))).getScoreDirectorFactory();

    enum Shape { PERIODIC, ONE_TEAM_MANY_DAYS, EMPTY_ROUTES, ONE_ELDER_ONE_ROUTE, ROUTINE, UNDER_SUPPLIED }

    static Stream<Arguments> rosters() {
        return Stream.of(Shape.values())
                .flatMap(shape -> IntStream.range(0, ROSTERS_PER_SHAPE).mapToObj(seed -> Arguments.of(shape, seed)));
    }

    @Test
    void everyCustomMoveOfTheConfigurationIsCoveredHere() {
        assertThat(customMoveFactories(SolverConfig.createFromXmlResource("solverConfig.xml")))
                .as("a new custom move must be added to the undo test below")
                .containsExactlyInAnyOrder(RuinRecreateMoveFactory.class, PatternChangeMoveFactory.class,
                        DisplaceMoveFactory.class);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("rosters")
    void solvingUnderFullAssertKeepsShadowVariablesAndScoresConsistent(Shape shape, int seed) {
        RosterPlan problem = roster(shape, new Random(seed));

        List<String> fixedBefore = fixedRoutes(problem);

        RosterPlan solved = SolverFactory.<RosterPlan>create(fullAssert(seed)).buildSolver().solve(problem);

        assertThat(fixedRoutes(solved)).as("fixed routes").isEqualTo(fixedBefore);

        assertThat(solved.getTeamDays().stream().flatMap(day -> day.getVisits().stream()).distinct().count())
                .as("every visit on exactly one list").isEqualTo(solved.getVisits().size())
                .isEqualTo(solved.getTeamDays().stream().mapToLong(day -> day.getVisits().size()).sum());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("rosters")
    void everyCustomMoveUndoesExactly(Shape shape, int seed) {
        Random random = new Random(seed);
        RosterPlan plan = roster(shape, random);
        // The undo test needs every visit on a list; the solve test above also starts with some on none.
        plan.getVisits().stream().filter(visit -> visit.getTeamDay() == null)
                .forEach(visit -> plan.holdingDayOf(plan.getTeams().get(0)).getVisits().add(visit));
        Routes.link(plan.getTeamDays());
        try (InnerScoreDirector<RosterPlan, HardMediumSoftLongScore> director = scoreDirector()) {
            director.setWorkingSolution(plan);
            List<MoveIteratorFactory<RosterPlan, ? extends Move<RosterPlan>>> factories =
                    List.of(new RuinRecreateMoveFactory(), new PatternChangeMoveFactory(), new DisplaceMoveFactory());
            // The factories' moves interleaved: each meets the routes and holding lists the others made.
            List<Iterator<? extends Move<RosterPlan>>> iterators = new ArrayList<>();
            for (MoveIteratorFactory<RosterPlan, ? extends Move<RosterPlan>> factory : factories) {
                factory.phaseStarted(director);
                iterators.add(factory.createRandomMoveIterator(director, random));
            }
            for (int i = 0; i < MOVES_PER_FACTORY * factories.size() && !iterators.isEmpty(); i++) {
                Iterator<? extends Move<RosterPlan>> moves = iterators.get(random.nextInt(iterators.size()));
                if (!moves.hasNext()) {
                    // A factory with nothing to move here (no elder with day combinations, say).
                    iterators.remove(moves);
                    continue;
                }
                Move<RosterPlan> move = moves.next();
                if (!move.isMoveDoable(director)) {
                    continue;
                }
                HardMediumSoftLongScore before = director.calculateScore();
                List<String> routesBefore = routes(plan);
                List<String> fixedBefore = fixedRoutes(plan);
                Move<RosterPlan> undo = move.doMove(director);
                assertThat(fixedRoutes(plan)).as("fixed routes after %s", move).isEqualTo(fixedBefore);
                HardMediumSoftLongScore after = director.calculateScore();
                director.assertShadowVariablesAreNotStale(after, move);
                director.assertWorkingScoreFromScratch(after, move);

                undo.doMove(director);
                assertThat(routes(plan)).as("routes after undoing %s", move).isEqualTo(routesBefore);
                assertThat(director.calculateScore()).as("score after undoing %s", move).isEqualTo(before);
                director.assertShadowVariablesAreNotStale(before, undo);
                if (random.nextBoolean()) {
                    // Walk on, so that later moves meet the routes earlier ones made.
                    move.doMove(director);
                    director.calculateScore();
                }
            }
            factories.forEach(factory -> factory.phaseEnded(director));
        }
    }

    /** The fixed routes: no move may change them. */
    private static List<String> fixedRoutes(RosterPlan plan) {
        RosterPlan fixed = new RosterPlan(plan.getFirstDay(), plan.getHorizonDays(), plan.getTeams(),
                plan.getTeamDays().stream().filter(TeamDay::isPinned).toList(), plan.getVisits(), plan.getWeights());
        return routes(fixed);
    }

    /** Each list with its visits and their shadow variables, to compare before a move and after its undo. */
    private static List<String> routes(RosterPlan plan) {
        List<String> routes = new ArrayList<>();
        for (TeamDay day : plan.getTeamDays()) {
            StringBuilder route = new StringBuilder(day.toString()).append(':');
            for (PlanningVisit visit : day.getVisits()) {
                route.append(' ').append(visit.getId()).append('[').append(visit.getTeamDay().getId())
                        .append(' ').append(visit.getPrevious() == null ? "-" : visit.getPrevious().getId())
                        .append(' ').append(visit.getNext() == null ? "-" : visit.getNext().getId())
                        .append(' ').append(visit.getArrivalTime()).append(']');
            }
            routes.add(route.toString());
        }
        return routes;
    }

    /**
     * The product's configuration under FULL_ASSERT, its local search ended by a step count and its
     * custom moves weighted up so that each roster sees many of them.
     */
    private static SolverConfig fullAssert(long seed) {
        SolverConfig config = SolverConfig.createFromXmlResource("solverConfig.xml")
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
                .withRandomSeed(seed)
                .withTerminationConfig(new TerminationConfig());
        List<PhaseConfig> phases = new ArrayList<>();
        for (PhaseConfig phase : config.getPhaseConfigList()) {
            if (phase instanceof LocalSearchPhaseConfig localSearch) {
                LocalSearchPhaseConfig copy = localSearch.copyConfig()
                        .withTerminationConfig(new TerminationConfig().withStepCountLimit(STEPS));
                unionChildren(copy.getMoveSelectorConfig()).stream()
                        .filter(move -> move instanceof MoveIteratorFactoryConfig || move instanceof MoveListFactoryConfig)
                        .forEach(move -> move.setFixedProbabilityWeight(CUSTOM_MOVE_WEIGHT));
                phases.add(copy);
            } else {
                phases.add(phase);
            }
        }
        return config.withPhaseList(phases);
    }

    private static Set<Class<?>> customMoveFactories(SolverConfig config) {
        Set<Class<?>> classes = new LinkedHashSet<>();
        for (PhaseConfig phase : config.getPhaseConfigList()) {
            if (phase instanceof LocalSearchPhaseConfig localSearch) {
                for (MoveSelectorConfig<?> move : unionChildren(localSearch.getMoveSelectorConfig())) {
                    if (move instanceof MoveIteratorFactoryConfig factory) {
                        classes.add(factory.getMoveIteratorFactoryClass());
                    } else if (move instanceof MoveListFactoryConfig factory) {
                        classes.add(factory.getMoveListFactoryClass());
                    }
                }
            }
        }
        return classes;
    }

    private static List<MoveSelectorConfig> unionChildren(MoveSelectorConfig<?> selector) {
        return selector instanceof UnionMoveSelectorConfig union ? union.getMoveSelectorList() : List.of(selector);
    }

    // --- Random rosters ---------------------------------------------------------------------------

    /** A random roster of the shape; visits placed at random, feasible or not, so moves meet every state. */
    static RosterPlan roster(Shape shape, Random random) {
        int teamCount = switch (shape) {
            case ONE_TEAM_MANY_DAYS -> 1;
            case EMPTY_ROUTES -> 3 + random.nextInt(3);
            case ONE_ELDER_ONE_ROUTE -> 1 + random.nextInt(2);
            default -> 1 + random.nextInt(3);
        };
        int horizon = switch (shape) {
            case ONE_TEAM_MANY_DAYS -> 14 + random.nextInt(15);
            case ROUTINE -> 5 + random.nextInt(6);
            default -> 2 + random.nextInt(5);
        };
        int elderCount = switch (shape) {
            case PERIODIC, UNDER_SUPPLIED -> 8 + random.nextInt(13);
            case EMPTY_ROUTES -> 2 + random.nextInt(3);
            default -> 5 + random.nextInt(8);
        };
        double patterned = switch (shape) {
            case ROUTINE -> 0.2;
            case UNDER_SUPPLIED -> 0;
            default -> 0.8;
        };

        List<PlanningTeam> teams = new ArrayList<>();
        List<TeamDay> days = new ArrayList<>();
        List<TeamDay> working = new ArrayList<>();
        for (int t = 1; t <= teamCount; t++) {
            PlanningTeam team = Fixtures.team(t, random.nextInt(3) == 0 ? 0 : Fixtures.NURSING);
            teams.add(team);
            for (int day = 0; day < horizon; day++) {
                // Some days off, except for the first team, which works them all.
                if (t == 1 || random.nextInt(6) > 0) {
                    boolean scarce = shape == Shape.UNDER_SUPPLIED;
                    int capacity = 120 + random.nextInt(scarce ? 121 : 361);
                    int maxVisits = 2 + random.nextInt(scarce ? 2 : 5);
                    TeamDay teamDay = random.nextInt(5) == 0 ? Fixtures.fixedDay(team, day, capacity, maxVisits)
                            : Fixtures.day(team, day, capacity, maxVisits);
                    days.add(teamDay);
                    working.add(teamDay);
                }
            }
        }
        List<TeamDay> holdings = teams.stream().map(Fixtures::holding).toList();
        days.addAll(holdings);

        List<PlanningVisit> visits = new ArrayList<>();
        for (long elder = 1; elder <= elderCount; elder++) {
            int frequency = 1 + random.nextInt(Math.min(4, horizon));
            VisitPatterns patterns = random.nextDouble() < patterned ? patterns(elder, frequency, horizon, random) : null;
            List<PlanningVisit> elderVisits = new ArrayList<>();
            for (int n = 0; n < frequency; n++) {
                PlanningVisit visit = Fixtures.visit(elder, random.nextInt(4) == 0 ? Fixtures.NURSING : 0,
                        15 + random.nextInt(46), 1 + random.nextInt(17), patterns == null ? random.nextInt(3) : 1,
                        Math.max(1, horizon / frequency));
                if (patterns != null) {
                    visit.withPatterns(patterns);
                }
                if (random.nextInt(3) == 0) {
                    // As published before a re-plan, so that the minimal-change score is followed move by move too.
                    visit.withPublished(1 + random.nextInt(teamCount), random.nextInt(horizon),
                            8 * 3600 + random.nextInt(480) * 60, 1 + random.nextInt(28));
                }
                if ((shape == Shape.ROUTINE || shape == Shape.UNDER_SUPPLIED) && random.nextInt(3) == 0) {
                    int start = 8 * 3600 + random.nextInt(6) * 3600;
                    visit.withWindow(start, start + 3600 + random.nextInt(3) * 3600);
                }
                elderVisits.add(visit);
            }
            visits.addAll(elderVisits);
            place(shape, elderVisits, working, holdings, random);
        }
        Routes.link(days);
        // Some fixed days go on after their fixed visits, as a re-plan on the day of the visits would.
        for (TeamDay day : working) {
            if (day.isPinned() && !day.getVisits().isEmpty() && random.nextBoolean()) {
                days.add(Fixtures.after(day));
            }
        }
        return new RosterPlan(Fixtures.FIRST_DAY, horizon, teams, days, visits, new RosterWeights());
    }

    /**
     * Allowed day combinations of {@code frequency} days: every one of them when there are few (up to
     * 35), else up to 20 drawn at random.
     */
    private static VisitPatterns patterns(long elder, int frequency, int horizon, Random random) {
        List<Long> all = new ArrayList<>();
        if (binomial(horizon, frequency) <= 35) {
            for (long mask = 0; mask < 1L << horizon; mask++) {
                if (Long.bitCount(mask) == frequency) {
                    all.add(mask);
                }
            }
        } else {
            Set<Long> drawn = new LinkedHashSet<>();
            int wanted = 1 + random.nextInt(20);
            while (drawn.size() < wanted) {
                long mask = 0;
                while (Long.bitCount(mask) < frequency) {
                    mask |= 1L << random.nextInt(horizon);
                }
                drawn.add(mask);
            }
            all.addAll(drawn);
        }
        return new VisitPatterns(elder, all.stream().mapToLong(Long::longValue).toArray());
    }

    private static long binomial(int n, int k) {
        long result = 1;
        for (int i = 1; i <= k; i++) {
            result = result * (n - k + i) / i;
        }
        return result;
    }

    /**
     * Where the elder's visits start: all in one route (that shape); under-supplied, in a random route
     * where it fits, else in a holding list; else each in a random route, in a holding list or on no
     * list (construction places it).
     */
    private static void place(Shape shape, List<PlanningVisit> visits, List<TeamDay> working, List<TeamDay> holdings,
                              Random random) {
        TeamDay shared = working.get(random.nextInt(working.size()));
        for (PlanningVisit visit : visits) {
            int draw = random.nextInt(10);
            TeamDay day;
            if (shape == Shape.UNDER_SUPPLIED) {
                day = working.get(random.nextInt(working.size()));
                RouteInsertion.Result fit = day.hasRoomFor(visit, day.getVisits().size(), RouteInsertion.load(day.getVisits()))
                        ? RouteInsertion.best(day, visit) : null;
                if (fit != null && fit.cost() != RouteInsertion.INFEASIBLE) {
                    day.getVisits().add(fit.position(), visit);
                } else {
                    holdings.get(random.nextInt(holdings.size())).getVisits().add(visit);
                }
                continue;
            }
            if (shape == Shape.ONE_ELDER_ONE_ROUTE && draw < 7) {
                day = shared;
            } else if (draw < 2) {
                continue;
            } else if (draw < 5) {
                day = holdings.get(random.nextInt(holdings.size()));
            } else {
                day = working.get(random.nextInt(working.size()));
            }
            day.getVisits().add(random.nextInt(day.getVisits().size() + 1), visit);
        }
    }

    private static InnerScoreDirector<RosterPlan, HardMediumSoftLongScore> scoreDirector() {
        return SCORE_DIRECTORS.buildScoreDirector();
    }
}
