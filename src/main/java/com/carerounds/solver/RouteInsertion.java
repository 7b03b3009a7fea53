package com.carerounds.solver;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Where a visit fits best into a team day's route: the position that adds the least travel while
 * every visit still starts inside its window and the team is back in time. Timing follows the same
 * rules as {@link ArrivalTimeListener}.
 */
final class RouteInsertion {

    static final long INFEASIBLE = Long.MAX_VALUE;
    /** Placing a visit with another team than the contracted one costs more than any travel it saves. */
    static final long OTHER_TEAM = 1L << 32;

    private RouteInsertion() {
    }

    /** The best position and the travel it adds, or {@code cost == INFEASIBLE}. */
    record Result(int position, long cost) {
    }

    /** A place in one team day's route; {@code fits} false when it breaks a count, load, window or hours. */
    record Target(TeamDay day, int position, long cost, boolean fits) {
    }

    /** What putting the visit with the team of that day adds to the cost: the contracted team comes first. */
    static long teamCost(TeamDay day, PlanningVisit visit) {
        return day.getTeam().id() == visit.getContractedTeamId() ? 0 : OTHER_TEAM;
    }

    /**
     * Among the team days with the visit's skills, the place that fits (visit count, workload points,
     * windows, hours) at the least added travel plus {@code extra}; when none fits, the cheapest place
     * anyway; null when no team has the skills. {@code routeOf} gives each day's route, which may be a
     * move's draft not applied yet.
     */
    static Target bestAmong(List<TeamDay> days, Function<TeamDay, List<PlanningVisit>> routeOf, PlanningVisit visit,
                            ToLongFunction<TeamDay> extra) {
        Target best = null;
        for (TeamDay day : days) {
            if (!day.getTeam().hasSkills(visit.getRequiredSkills())) {
                continue;
            }
            List<PlanningVisit> route = routeOf.apply(day);
            boolean room = route.size() < day.getMaxVisits() && load(route) + visit.getLoad() <= day.getLoadCapacity();
            Result insertion = room ? best(day, route, visit, true) : null;
            boolean fits = insertion != null && insertion.cost() != INFEASIBLE;
            if (best != null && best.fits() && !fits) {
                continue;
            }
            if (!fits) {
                insertion = best(day, route, visit, false);
            }
            long cost = insertion.cost() + extra.applyAsLong(day);
            if (best == null || (fits && !best.fits()) || cost < best.cost()) {
                best = new Target(day, insertion.position(), cost, fits);
            }
        }
        return best;
    }

    private static int load(List<PlanningVisit> route) {
        int sum = 0;
        for (PlanningVisit visit : route) {
            sum += visit.getLoad();
        }
        return sum;
    }

    static Result best(TeamDay day, PlanningVisit visit) {
        return best(day, day.getVisits(), visit, true);
    }

    /** The position that adds the least travel, whether or not the route then keeps its windows and hours. */
    static Result cheapest(TeamDay day, PlanningVisit visit) {
        return best(day, day.getVisits(), visit, false);
    }

    /**
     * As {@link #best(TeamDay, PlanningVisit)} or {@link #cheapest(TeamDay, PlanningVisit)}, into a route
     * of the day other than its current one: a move's draft that is not applied yet.
     */
    static Result best(TeamDay day, List<PlanningVisit> route, PlanningVisit visit, boolean mustFit) {
        int bestPosition = -1;
        long bestCost = INFEASIBLE;
        for (int position = 0; position <= route.size(); position++) {
            Point before = position == 0 ? day.getDepot() : route.get(position - 1).getLocation();
            Point after = position == route.size() ? day.getDepot() : route.get(position).getLocation();
            long added = (long) day.travelSeconds(before, visit.getLocation())
                    + day.travelSeconds(visit.getLocation(), after) - day.travelSeconds(before, after);
            if (added < bestCost && (!mustFit || fits(day, route, visit, position))) {
                bestCost = added;
                bestPosition = position;
            }
        }
        return new Result(bestPosition, bestCost);
    }

    /** Simulates the route with the visit inserted, without changing it. */
    private static boolean fits(TeamDay day, List<PlanningVisit> route, PlanningVisit inserted, int at) {
        int time = day.getStartSeconds();
        Point from = day.getDepot();
        for (int i = 0; i <= route.size(); i++) {
            PlanningVisit visit = i == at ? inserted : route.get(i < at ? i : i - 1);
            int arrival = time + day.travelSeconds(from, visit.getLocation());
            if (visit.getWindowEnd() != PlanningVisit.NO_WINDOW && arrival > visit.getWindowEnd()) {
                return false;
            }
            int start = visit.getWindowStart() == PlanningVisit.NO_WINDOW ? arrival
                    : Math.max(arrival, visit.getWindowStart());
            time = start + visit.getServiceSeconds();
            from = visit.getLocation();
        }
        return time + day.travelSeconds(from, day.getDepot()) <= day.returnLimitSeconds();
    }
}
