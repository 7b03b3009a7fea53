package com.carerounds.benchmark.literature;

import java.util.List;

/**
 * A literature instance in one neutral shape: Solomon VRPTW is one day with time windows, Cordeau
 * PVRP several days with day combinations. Times and distances are in the instance's own units.
 *
 * @param vehiclesPerDay at most this many routes a day
 * @param capacity       load capacity of a route, by day
 * @param maxDuration    longest route (travel and service), by day; 0 for no limit
 */
record Instance(String name, Family family, Node depot, List<Node> customers, int days, int vehiclesPerDay,
                int[] capacity, double[] maxDuration) {

    enum Family {
        SOLOMON("solomon"),
        CORDEAU("cordeau");

        final String label;

        Family(String label) {
            this.label = label;
        }

        /** The set's distance convention: Solomon arcs truncated to one decimal, Cordeau's exact. */
        double distance(Node from, Node to) {
            double exact = Math.hypot(from.x() - to.x(), from.y() - to.y());
            return this == SOLOMON ? Math.floor(exact * 10 + 1e-7) / 10 : exact;
        }
    }

    /**
     * A customer (or the depot): where, how long a visit takes, how much it loads the route, its
     * window (the depot's bounds every route), and on which days: {@code frequency} visits on the
     * days of one of {@code patterns} (bit i = day i, the first day is 0).
     */
    record Node(int id, double x, double y, double service, int demand, double ready, double due, int frequency,
                long[] patterns) {
    }

    Node customer(int id) {
        return customers.stream().filter(c -> c.id() == id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name + " has no customer " + id));
    }

    double distance(Node from, Node to) {
        return family.distance(from, to);
    }
}
