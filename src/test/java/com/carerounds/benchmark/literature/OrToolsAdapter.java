package com.carerounds.benchmark.literature;

import com.google.ortools.Loader;
import com.google.ortools.constraintsolver.Assignment;
import com.google.ortools.constraintsolver.FirstSolutionStrategy;
import com.google.ortools.constraintsolver.LocalSearchMetaheuristic;
import com.google.ortools.constraintsolver.RoutingDimension;
import com.google.ortools.constraintsolver.RoutingIndexManager;
import com.google.ortools.constraintsolver.RoutingModel;
import com.google.ortools.constraintsolver.RoutingSearchParameters;
import com.google.ortools.constraintsolver.main;
import com.google.protobuf.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The peer: Google OR-Tools routing on the same instance, guided local search, one thread, the same
 * time limit. Arc costs and times are integers in the same units as our adapter (Solomon tenths,
 * Cordeau thousandths); the checker scores the returned routes like ours.
 *
 * <p>OR-Tools routing has no "one of these day combinations" rule. A customer visited once a
 * horizon gets one optional node per allowed day in a disjunction, so OR-Tools chooses the day
 * itself; a customer visited more often with a choice of combinations has its combination fixed
 * before solving, the least-loaded days first (the classic PVRP assignment heuristic).
 */
final class OrToolsAdapter {

    /** Leaving a customer out costs more than any route. */
    private static final long UNPERFORMED_PENALTY = 1L << 40;

    private OrToolsAdapter() {
    }

    /** One node of the routing model: a visit to a customer on a day. */
    private record Stop(Instance.Node customer, int day) {
    }

    static Solution solve(Instance instance, long seconds) {
        Loader.loadNativeLibraries();
        CareRoundsAdapter.Scale scale = instance.family() == Instance.Family.SOLOMON
                ? new CareRoundsAdapter.Scale(10, true) : new CareRoundsAdapter.Scale(1000, false);
        List<Stop> stops = new ArrayList<>();
        stops.add(new Stop(instance.depot(), -1));
        List<long[]> disjunctions = new ArrayList<>();
        long[] chosen = fixedPatterns(instance);
        for (int c = 0; c < instance.customers().size(); c++) {
            Instance.Node customer = instance.customers().get(c);
            if (customer.frequency() == 1 && customer.patterns().length > 1) {
                List<Long> options = new ArrayList<>();
                for (long days = anyDay(customer); days != 0; days &= days - 1) {
                    options.add((long) stops.size());
                    stops.add(new Stop(customer, Long.numberOfTrailingZeros(days)));
                }
                disjunctions.add(options.stream().mapToLong(Long::longValue).toArray());
            } else {
                for (long days = chosen[c]; days != 0; days &= days - 1) {
                    disjunctions.add(new long[] {stops.size()});
                    stops.add(new Stop(customer, Long.numberOfTrailingZeros(days)));
                }
            }
        }
        int vehicles = instance.vehiclesPerDay() * instance.days();
        RoutingIndexManager manager = new RoutingIndexManager(stops.size(), vehicles, 0);
        RoutingModel routing = new RoutingModel(manager);
        long[][] arc = new long[stops.size()][stops.size()];
        for (int i = 0; i < stops.size(); i++) {
            for (int j = 0; j < stops.size(); j++) {
                Instance.Node a = stops.get(i).customer();
                Instance.Node b = stops.get(j).customer();
                arc[i][j] = scale.seconds(new com.carerounds.solver.Point(a.x(), a.y()),
                        new com.carerounds.solver.Point(b.x(), b.y()), null);
            }
        }
        long[][] leg = new long[stops.size()][];
        for (int i = 0; i < stops.size(); i++) {
            long service = scale.time(stops.get(i).customer().service());
            leg[i] = java.util.Arrays.stream(arc[i]).map(travel -> travel + service).toArray();
        }
        // Matrices rather than Java callbacks: OR-Tools then evaluates arcs natively, at full speed.
        routing.setArcCostEvaluatorOfAllVehicles(routing.registerTransitMatrix(arc));
        int time = routing.registerTransitMatrix(leg);
        long horizon = Double.isInfinite(instance.depot().due()) ? Integer.MAX_VALUE / 4 : scale.time(instance.depot().due());
        routing.addDimension(time, horizon, horizon, false, "Time");
        RoutingDimension timeDimension = routing.getMutableDimension("Time");
        for (int node = 1; node < stops.size(); node++) {
            Instance.Node customer = stops.get(node).customer();
            if (!Double.isInfinite(customer.due())) {
                timeDimension.cumulVar(manager.nodeToIndex(node))
                        .setRange(scale.time(customer.ready()), scale.time(customer.due()));
            }
        }
        long[] loadCapacity = new long[vehicles];
        for (int vehicle = 0; vehicle < vehicles; vehicle++) {
            int day = vehicle / instance.vehiclesPerDay();
            loadCapacity[vehicle] = instance.capacity()[day];
            long start = routing.start(vehicle);
            long end = routing.end(vehicle);
            timeDimension.cumulVar(start).setRange(scale.time(instance.depot().ready()), horizon);
            timeDimension.cumulVar(end).setRange(scale.time(instance.depot().ready()), horizon);
            double limit = instance.maxDuration()[day];
            if (limit > 0) {
                routing.solver().addConstraint(routing.solver().makeLessOrEqual(
                        routing.solver().makeDifference(timeDimension.cumulVar(end), timeDimension.cumulVar(start)),
                        scale.time(limit)));
            }
        }
        int demand = routing.registerUnaryTransitVector(stops.stream().mapToLong(stop -> stop.customer().demand()).toArray());
        routing.addDimensionWithVehicleCapacity(demand, 0, loadCapacity, true, "Load");
        for (int node = 1; node < stops.size(); node++) {
            int day = stops.get(node).day();
            int[] allowed = IntStream.range(day * instance.vehiclesPerDay(), (day + 1) * instance.vehiclesPerDay())
                    .toArray();
            routing.setAllowedVehiclesForIndex(allowed, manager.nodeToIndex(node));
        }
        // Every visit optional at a prohibitive price, as OR-Tools advises for tight windows: a first
        // solution then always exists and local search inserts what it left out.
        for (long[] nodes : disjunctions) {
            long[] indices = java.util.Arrays.stream(nodes).map(n -> manager.nodeToIndex((int) n)).toArray();
            routing.addDisjunction(indices, UNPERFORMED_PENALTY, 1);
        }
        RoutingSearchParameters parameters = main.defaultRoutingSearchParameters().toBuilder()
                .setFirstSolutionStrategy(FirstSolutionStrategy.Value.PATH_CHEAPEST_ARC)
                .setLocalSearchMetaheuristic(LocalSearchMetaheuristic.Value.GUIDED_LOCAL_SEARCH)
                .setTimeLimit(Duration.newBuilder().setSeconds(seconds).build())
                .build();
        Assignment assignment = routing.solveWithParameters(parameters);
        List<Solution.Route> routes = new ArrayList<>();
        if (assignment == null) {
            return new Solution(routes);
        }
        for (int vehicle = 0; vehicle < vehicles; vehicle++) {
            List<Integer> customers = new ArrayList<>();
            long index = assignment.value(routing.nextVar(routing.start(vehicle)));
            while (!routing.isEnd(index)) {
                customers.add(stops.get(manager.indexToNode(index)).customer().id());
                index = assignment.value(routing.nextVar(index));
            }
            routes.add(new Solution.Route(vehicle / instance.vehiclesPerDay(), customers));
        }
        return new Solution(routes);
    }

    private static long anyDay(Instance.Node customer) {
        long union = 0;
        for (long pattern : customer.patterns()) {
            union |= pattern;
        }
        return union;
    }

    /** A combination for each customer: largest demand first, each on the days with the least load so far. */
    private static long[] fixedPatterns(Instance instance) {
        long[] chosen = new long[instance.customers().size()];
        double[] load = new double[instance.days()];
        List<Integer> order = IntStream.range(0, chosen.length).boxed()
                .sorted(Comparator.comparingInt((Integer c) -> -instance.customers().get(c).demand()))
                .toList();
        for (int c : order) {
            Instance.Node customer = instance.customers().get(c);
            long best = customer.patterns()[0];
            double bestLoad = Double.MAX_VALUE;
            for (long pattern : customer.patterns()) {
                double sum = 0;
                for (long days = pattern; days != 0; days &= days - 1) {
                    int day = Long.numberOfTrailingZeros(days);
                    sum += load[day] / instance.capacity()[day];
                }
                if (sum < bestLoad) {
                    bestLoad = sum;
                    best = pattern;
                }
            }
            chosen[c] = best;
            for (long days = best; days != 0; days &= days - 1) {
                load[Long.numberOfTrailingZeros(days)] += customer.demand();
            }
        }
        return chosen;
    }
}
