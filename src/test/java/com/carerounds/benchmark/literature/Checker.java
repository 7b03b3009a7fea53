package com.carerounds.benchmark.literature;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a solution from its routes alone, trusting nothing a solver reports: distance with the
 * set's convention, and every rule of the instance: visit counts and day combinations, routes a
 * day, load, time windows and the depot's hours, route duration.
 */
final class Checker {

    private static final double EPSILON = 1e-6;

    record Report(double distance, int routes, List<String> violations) {

        boolean feasible() {
            return violations.isEmpty();
        }
    }

    private Checker() {
    }

    static Report check(Instance instance, Solution solution) {
        List<String> violations = new ArrayList<>();
        double distance = 0;
        int routes = 0;
        int[] routesPerDay = new int[instance.days()];
        Map<Integer, Long> visitedDays = new HashMap<>();
        Map<Integer, Integer> visits = new HashMap<>();
        for (Solution.Route route : solution.routes()) {
            if (route.customers().isEmpty()) {
                continue;
            }
            if (route.day() < 0 || route.day() >= instance.days()) {
                violations.add("route on day " + route.day() + " outside the horizon");
                continue;
            }
            routes++;
            routesPerDay[route.day()]++;
            Instance.Node at = instance.depot();
            double time = instance.depot().ready();
            double travelAndService = 0;
            int load = 0;
            for (int id : route.customers()) {
                Instance.Node customer = instance.customer(id);
                double leg = instance.distance(at, customer);
                distance += leg;
                time += leg;
                if (time > customer.due() + EPSILON) {
                    violations.add("customer " + id + " reached at " + time + ", after its due time " + customer.due());
                }
                time = Math.max(time, customer.ready()) + customer.service();
                travelAndService += leg + customer.service();
                load += customer.demand();
                visits.merge(id, 1, Integer::sum);
                long day = 1L << route.day();
                if ((visitedDays.getOrDefault(id, 0L) & day) != 0) {
                    violations.add("customer " + id + " visited twice on day " + route.day());
                }
                visitedDays.merge(id, day, (a, b) -> a | b);
                at = customer;
            }
            double back = instance.distance(at, instance.depot());
            distance += back;
            time += back;
            travelAndService += back;
            if (time > instance.depot().due() + EPSILON) {
                violations.add("route on day " + route.day() + " back at " + time + ", after the depot closes");
            }
            if (load > instance.capacity()[route.day()]) {
                violations.add("route on day " + route.day() + " loads " + load + " > " + instance.capacity()[route.day()]);
            }
            double limit = instance.maxDuration()[route.day()];
            if (limit > 0 && travelAndService > limit + EPSILON) {
                violations.add("route on day " + route.day() + " lasts " + travelAndService + " > " + limit);
            }
        }
        for (int day = 0; day < instance.days(); day++) {
            if (routesPerDay[day] > instance.vehiclesPerDay()) {
                violations.add(routesPerDay[day] + " routes on day " + day + " > " + instance.vehiclesPerDay());
            }
        }
        for (Instance.Node customer : instance.customers()) {
            int count = visits.getOrDefault(customer.id(), 0);
            long days = visitedDays.getOrDefault(customer.id(), 0L);
            if (count != customer.frequency()) {
                violations.add("customer " + customer.id() + " visited " + count + " times, needs " + customer.frequency());
            } else if (!allowed(customer, days)) {
                violations.add("customer " + customer.id() + " visited on days " + Long.toBinaryString(days)
                        + ", not an allowed combination");
            }
        }
        return new Report(distance, routes, violations);
    }

    private static boolean allowed(Instance.Node customer, long days) {
        for (long pattern : customer.patterns()) {
            if (pattern == days) {
                return true;
            }
        }
        return false;
    }
}
