package com.carerounds.solver;

import java.util.List;

/**
 * Where a visit fits best into a team day's route: the position that adds the least travel while
 * every visit still starts inside its window and the team is back in time. Timing follows the same
 * rules as {@link ArrivalTimeListener}.
 */
final class RouteInsertion {

    static final long INFEASIBLE = Long.MAX_VALUE;

    private RouteInsertion() {
    }

    /** The best position and the travel it adds, or {@code cost == INFEASIBLE}. */
    record Result(int position, long cost) {
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
