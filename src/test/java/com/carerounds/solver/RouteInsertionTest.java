package com.carerounds.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Where a visit goes into a route: the cheapest position that keeps every window and the return in hours. */
class RouteInsertionTest {

    /** One second per unit of straight-line distance, rounded down. */
    private static final TravelModel STRAIGHT = new TravelModel() {
        @Override
        public long distance(Point from, Point to) {
            return seconds(from, to, null);
        }

        @Override
        public int seconds(Point from, Point to, PlanningTeam team) {
            return (int) Math.hypot(from.x() - to.x(), from.y() - to.y());
        }
    };

    @Test
    void takesTheCheapestPositionThatKeepsEveryWindowAndTheReturn() {
        Random random = new Random(7);
        PlanningTeam team = Fixtures.team(1, 0);
        int fitting = 0;
        int nowhere = 0;
        for (int round = 0; round < 3000; round++) {
            TeamDay day = TeamDay.working(round, team, Fixtures.FIRST_DAY, 0, new Point(500, 500), 0, 4000 + random.nextInt(4000),
                    8000, 50, Integer.MAX_VALUE, STRAIGHT);
            List<PlanningVisit> route = new ArrayList<>();
            int size = random.nextInt(12);
            for (int i = 0; i < size; i++) {
                route.add(randomVisit(i, random));
            }
            PlanningVisit visit = randomVisit(size, random);

            RouteInsertion.Result result = RouteInsertion.best(day, route, visit, true);

            RouteInsertion.Result expected = bySimulation(day, route, visit);
            assertThat(result).as("round %d", round).isEqualTo(expected);
            if (expected.cost() == RouteInsertion.INFEASIBLE) {
                nowhere++;
            } else {
                fitting++;
            }
        }
        // Both outcomes are exercised, not only one.
        assertThat(fitting).isGreaterThan(500);
        assertThat(nowhere).isGreaterThan(500);
    }

    @Test
    void aRouteThatIsLateAlreadyTakesNoVisit() {
        PlanningTeam team = Fixtures.team(1, 0);
        TeamDay day = TeamDay.working(1, team, Fixtures.FIRST_DAY, 0, new Point(0, 0), 0, 10_000, 10_000, 50,
                Integer.MAX_VALUE, STRAIGHT);
        // 1000 away, due at 500: late whatever comes before it.
        PlanningVisit late = new PlanningVisit(1, 1, 1, new Point(1000, 0), 1, 0, 10, 1, 0, 1, 1).withWindow(0, 500);
        PlanningVisit visit = new PlanningVisit(2, 2, 1, new Point(10, 0), 1, 0, 10, 1, 0, 1, 1);

        assertThat(RouteInsertion.best(day, List.of(late), visit, true).cost()).isEqualTo(RouteInsertion.INFEASIBLE);
        assertThat(RouteInsertion.best(day, List.of(late), visit, false).position()).isZero();
    }

    private static PlanningVisit randomVisit(int i, Random random) {
        PlanningVisit visit = new PlanningVisit(100 + i, 100 + i, 1, new Point(random.nextInt(1000), random.nextInt(1000)),
                1, 0, random.nextInt(300), 1, 0, 1, 1);
        if (random.nextInt(4) > 0) {
            int start = random.nextInt(6000);
            visit.withWindow(start, start + random.nextInt(2500));
        }
        return visit;
    }

    /** The reference: re-time the whole route for every position. */
    private static RouteInsertion.Result bySimulation(TeamDay day, List<PlanningVisit> route, PlanningVisit visit) {
        int bestPosition = -1;
        long bestCost = RouteInsertion.INFEASIBLE;
        for (int at = 0; at <= route.size(); at++) {
            List<PlanningVisit> tried = new ArrayList<>(route);
            tried.add(at, visit);
            Point before = at == 0 ? day.getDepot() : route.get(at - 1).getLocation();
            Point after = at == route.size() ? day.getDepot() : route.get(at).getLocation();
            long added = (long) day.travelSeconds(before, visit.getLocation()) + day.travelSeconds(visit.getLocation(), after)
                    - day.travelSeconds(before, after);
            if (added < bestCost && onTime(day, tried)) {
                bestCost = added;
                bestPosition = at;
            }
        }
        return new RouteInsertion.Result(bestPosition, bestCost);
    }

    private static boolean onTime(TeamDay day, List<PlanningVisit> route) {
        long time = day.getStartSeconds();
        Point from = day.getDepot();
        for (PlanningVisit visit : route) {
            long arrival = time + day.travelSeconds(from, visit.getLocation());
            if (visit.getWindowEnd() != PlanningVisit.NO_WINDOW && arrival > visit.getWindowEnd()) {
                return false;
            }
            time = Math.max(arrival, visit.getWindowStart()) + visit.getServiceSeconds();
            from = visit.getLocation();
        }
        return time + day.travelSeconds(from, day.getDepot()) <= day.returnLimitSeconds();
    }
}
