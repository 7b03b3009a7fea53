package com.carerounds.solver;

import java.util.ArrayList;
import java.util.Comparator;
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
    /** A second of overtime costs as much as this much travel, as with the default weights (2,000 a minute, 1 a second). */
    static final long OVERTIME_PER_SECOND = 33;

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
     * Among the team days with the visit's skills that can reach it, the place that fits (visit count, workload points,
     * windows, hours) at the least added travel plus {@code extra}; when none fits, the cheapest place
     * anyway; null when no such team day exists. {@code routeOf} gives each day's route, which may be a
     * move's draft not applied yet.
     */
    static Target bestAmong(List<TeamDay> days, Function<TeamDay, List<PlanningVisit>> routeOf, PlanningVisit visit,
                            ToLongFunction<TeamDay> extra) {
        Target best = null;
        for (TeamDay day : days) {
            if (!day.getTeam().hasSkills(visit.getRequiredSkills()) || !day.canReach(visit)) {
                continue;
            }
            List<PlanningVisit> route = routeOf.apply(day);
            boolean room = day.hasRoomFor(visit, route.size(), load(route));
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

    static int load(List<PlanningVisit> route) {
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
        Slack slack = mustFit ? new Slack(day, route) : null;
        int bestPosition = -1;
        long bestCost = INFEASIBLE;
        for (int position = 0; position <= route.size(); position++) {
            Legs legs = Legs.at(day, route, visit, position);
            long cost = mustFit ? legs.added() + slack.overtimeCost(visit, legs) : legs.added();
            if (cost < bestCost && (!mustFit || slack.fits(visit, position, legs.in(), legs.out()))) {
                bestCost = cost;
                bestPosition = position;
            }
        }
        return new Result(bestPosition, bestCost);
    }

    /** The travel into a visit put in at a position, on from it, and what that adds to the route. */
    private record Legs(int in, int out, long added) {

        static Legs at(TeamDay day, List<PlanningVisit> route, PlanningVisit visit, int position) {
            Point before = position == 0 ? day.getOrigin() : route.get(position - 1).getLocation();
            Point after = position == route.size() ? day.getDepot() : route.get(position).getLocation();
            int in = day.travelSeconds(before, visit.getLocation());
            int out = day.travelSeconds(visit.getLocation(), after);
            return new Legs(in, out, (long) in + out - day.travelSeconds(before, after));
        }
    }

    /**
     * Every position of the day's route where the visit fits (windows, hours, capacity minutes), the
     * least added travel and overtime first; count and workload points are the caller's to check.
     */
    static List<Result> fitting(TeamDay day, PlanningVisit visit) {
        List<PlanningVisit> route = day.getVisits();
        Slack slack = new Slack(day, route);
        List<Result> fits = new ArrayList<>();
        for (int position = 0; position <= route.size(); position++) {
            Legs legs = Legs.at(day, route, visit, position);
            if (slack.fits(visit, position, legs.in(), legs.out())) {
                fits.add(new Result(position, legs.added() + slack.overtimeCost(visit, legs)));
            }
        }
        fits.sort(Comparator.comparingLong(Result::cost));
        return fits;
    }

    /**
     * A route's timing, so that whether a visit fits at a position is known in constant time instead of
     * by re-timing the route: when the team leaves each visit, whether every visit up to it is on time,
     * and the latest start at each visit that keeps the rest of the route on time and the return in
     * hours. Waiting for a window is allowed, so a later start never makes the rest earlier, and the
     * check is exact. Timing follows {@link ArrivalTimeListener}.
     */
    private static final class Slack {

        private static final long NEVER = Long.MIN_VALUE / 4;

        private final List<PlanningVisit> route;
        private final TeamDay day;
        /** When the team is back at the center now. */
        private final long back;
        /** departure[i]: leaving the i-th stop (0 the center); onTime[i]: the first i visits start in their windows. */
        private final long[] departure;
        private final boolean[] onTime;
        /** latestStart[i]: the latest start at route[i] with the rest on time, {@link #NEVER} if none. */
        private final long[] latestStart;

        Slack(TeamDay day, List<PlanningVisit> route) {
            this.route = route;
            this.day = day;
            int size = route.size();
            departure = new long[size + 1];
            onTime = new boolean[size + 1];
            latestStart = new long[size + 1];
            departure[0] = day.getStartSeconds();
            onTime[0] = true;
            // legs[i]: the travel into the i-th visit, legs[size] back to the center; worked out once, as
            // both passes need them.
            int[] legs = new int[size + 1];
            Point from = day.getOrigin();
            for (int i = 0; i < size; i++) {
                PlanningVisit visit = route.get(i);
                legs[i] = day.travelSeconds(from, visit.getLocation());
                long arrival = departure[i] + legs[i];
                onTime[i + 1] = onTime[i] && (visit.getWindowEnd() == PlanningVisit.NO_WINDOW || arrival <= visit.getWindowEnd());
                departure[i + 1] = start(visit, arrival) + visit.getServiceSeconds();
                from = visit.getLocation();
            }
            legs[size] = day.travelSeconds(from, day.getDepot());
            back = departure[size] + legs[size];
            // latestStart[size] stands for the return: the latest arrival back at the center.
            latestStart[size] = day.returnLimitSeconds();
            for (int i = size - 1; i >= 0; i--) {
                PlanningVisit visit = route.get(i);
                long next = latestStart[i + 1];
                if (i + 1 < size && next < earliest(route.get(i + 1))) {
                    latestStart[i] = NEVER;
                } else {
                    long latest = next - legs[i + 1] - visit.getServiceSeconds();
                    latestStart[i] = visit.getWindowEnd() == PlanningVisit.NO_WINDOW ? latest
                            : Math.min(latest, visit.getWindowEnd());
                }
            }
        }

        /**
         * Whether the route with the visit put in at the position keeps every window and the return;
         * {@code legIn} and {@code legOut} are the travel to the visit and on from it, which the caller
         * has already worked out for the cost.
         */
        boolean fits(PlanningVisit inserted, int at, int legIn, int legOut) {
            if (!onTime[at]) {
                return false;
            }
            long arrival = departure[at] + legIn;
            if (inserted.getWindowEnd() != PlanningVisit.NO_WINDOW && arrival > inserted.getWindowEnd()) {
                return false;
            }
            long nextArrival = start(inserted, arrival) + inserted.getServiceSeconds() + legOut;
            if (at == route.size()) {
                return nextArrival <= latestStart[at];
            }
            return Math.max(nextArrival, earliest(route.get(at))) <= latestStart[at];
        }

        /**
         * The overtime the visit adds, in travel's terms: the return comes later by the travel and the
         * visit's time (exact without windows; waiting for a window may take some of it up).
         */
        long overtimeCost(PlanningVisit inserted, Legs legs) {
            if (day.getOvertimeAllowanceSeconds() == 0) {
                return 0;
            }
            long later = back + legs.added() + inserted.getServiceSeconds();
            return (day.overtimeSeconds(later) - day.overtimeSeconds(back)) * OVERTIME_PER_SECOND;
        }

        private static long start(PlanningVisit visit, long arrival) {
            return visit.getWindowStart() == PlanningVisit.NO_WINDOW ? arrival : Math.max(arrival, visit.getWindowStart());
        }

        private static long earliest(PlanningVisit visit) {
            return visit.getWindowStart() == PlanningVisit.NO_WINDOW ? NEVER : visit.getWindowStart();
        }
    }
}
