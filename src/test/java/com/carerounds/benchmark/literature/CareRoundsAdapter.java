package com.carerounds.benchmark.literature;

import com.carerounds.solver.PlanningTeam;
import com.carerounds.solver.PlanningVisit;
import com.carerounds.solver.Point;
import com.carerounds.solver.RosterConstraint;
import com.carerounds.solver.RosterPlan;
import com.carerounds.solver.RosterWeights;
import com.carerounds.solver.SearchSizing;
import com.carerounds.solver.TeamDay;
import com.carerounds.solver.TravelModel;
import com.carerounds.solver.VisitPatterns;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * Turns a literature instance into the product's own planning problem and solves it with the
 * product's solver configuration and constraints. Vehicles become teams, the depot the health
 * center, customers elders with one visit a time: a Solomon window is the visit's arrival window,
 * DEMAND its workload points against the team day's load capacity; a Cordeau customer's day
 * combinations are the elder's allowed visit patterns.
 *
 * <p>Only the weights differ from a center's defaults: the literature's objective is distance
 * alone, so continuity, spacing, balance and half-day preference weigh nothing.
 */
final class CareRoundsAdapter {

    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 5);
    private static final Map<String, String> DISTANCE_ONLY = Map.of(
            RosterConstraint.CONTINUITY.id(), "0soft",
            RosterConstraint.EVEN_SPACING.id(), "0soft",
            RosterConstraint.BALANCED_DAYS.id(), "0soft",
            RosterConstraint.BALANCED_TEAMS.id(), "0soft",
            RosterConstraint.PREFERRED_HALF_DAY.id(), "0soft");
    /** No contracted team: any team may visit any customer. */
    private static final long NO_TEAM = -1;

    private CareRoundsAdapter() {
    }

    static Solution solve(Instance instance, long seconds) {
        SolverConfig config = SolverConfig.createFromXmlResource("solverConfig.xml")
                .withTerminationConfig(new TerminationConfig().withSecondsSpentLimit(seconds));
        RosterPlan plan = plan(instance);
        Solver<RosterPlan> solver = SolverFactory.<RosterPlan>create(SearchSizing.sizedFor(config, plan.getVisits().size()))
                .buildSolver();
        return routes(solver.solve(plan));
    }

    /**
     * The planning problem. Model units are the instance's scaled to integers: Solomon's tenths
     * (its distances are truncated to one decimal, so this is exact), Cordeau's thousandths.
     */
    static RosterPlan plan(Instance instance) {
        Scale scale = instance.family() == Instance.Family.SOLOMON ? new Scale(10, true) : new Scale(1000, false);
        Instance.Node depotNode = instance.depot();
        Point depot = new Point(depotNode.x(), depotNode.y());
        int start = scale.time(depotNode.ready());
        int end = Double.isInfinite(depotNode.due()) ? Integer.MAX_VALUE / 4 : scale.time(depotNode.due());
        List<PlanningTeam> teams = new ArrayList<>();
        List<TeamDay> teamDays = new ArrayList<>();
        long ids = 0;
        for (int vehicle = 0; vehicle < instance.vehiclesPerDay(); vehicle++) {
            PlanningTeam team = new PlanningTeam(vehicle, "vehicle " + (vehicle + 1), 0, 1);
            teams.add(team);
            for (int day = 0; day < instance.days(); day++) {
                double limit = instance.maxDuration()[day];
                int capacity = limit > 0 ? scale.time(limit) : end - start;
                teamDays.add(TeamDay.working(++ids, team, FIRST_DAY.plusDays(day), day, depot, start, end, capacity,
                        instance.customers().size(), instance.capacity()[day], scale));
            }
            teamDays.add(TeamDay.holding(++ids, team, depot, scale));
        }
        List<PlanningVisit> visits = new ArrayList<>();
        for (Instance.Node customer : instance.customers()) {
            VisitPatterns patterns = new VisitPatterns(customer.id(), customer.patterns());
            for (int number = 1; number <= customer.frequency(); number++) {
                PlanningVisit visit = new PlanningVisit(++ids, customer.id(), number,
                        new Point(customer.x(), customer.y()), NO_TEAM, 0, scale.time(customer.service()), 1, 0,
                        1, 0).withLoad(customer.demand());
                if (instance.family() == Instance.Family.SOLOMON) {
                    visit.withWindow(scale.time(customer.ready()), scale.time(customer.due()));
                } else {
                    visit.withPatterns(patterns);
                }
                visits.add(visit);
            }
        }
        // Visits start on no list: the product's construction places each, or holds it as unassigned.
        return new RosterPlan(FIRST_DAY, instance.days(), teams, teamDays, visits, RosterWeights.of(DISTANCE_ONLY));
    }

    /** The routes of a solved plan; visits left unassigned appear in no route, and the checker notices. */
    static Solution routes(RosterPlan plan) {
        List<Solution.Route> routes = new ArrayList<>();
        for (TeamDay day : plan.getTeamDays()) {
            if (!day.isHolding() && !day.getVisits().isEmpty()) {
                routes.add(new Solution.Route(day.getDayIndex(),
                        day.getVisits().stream().map(v -> (int) v.getElderId()).toList()));
            }
        }
        return new Solution(routes);
    }

    /**
     * Euclidean travel in model units, travel time equal to distance. Solomon's is truncated, like
     * its convention; otherwise time rounds up, so a route the solver finds within a duration limit
     * is within it exactly.
     */
    record Scale(int factor, boolean truncated) implements TravelModel {

        int time(double value) {
            return (int) Math.round(value * factor);
        }

        @Override
        public long distance(Point from, Point to) {
            double scaled = euclidean(from, to) * factor;
            return truncated ? (long) Math.floor(scaled + 1e-7) : Math.round(scaled);
        }

        @Override
        public int seconds(Point from, Point to, PlanningTeam team) {
            double scaled = euclidean(from, to) * factor;
            return (int) (truncated ? Math.floor(scaled + 1e-7) : Math.ceil(scaled - 1e-9));
        }

        /** Plain square root, not Math.hypot: hypot guards against overflow these coordinates never reach, and
         * took a seventh of the solver's time on a Solomon instance (profiled). */
        private static double euclidean(Point from, Point to) {
            double dx = from.x() - to.x();
            double dy = from.y() - to.y();
            return Math.sqrt(dx * dx + dy * dy);
        }
    }
}
