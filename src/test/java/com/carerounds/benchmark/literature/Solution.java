package com.carerounds.benchmark.literature;

import java.util.List;

/** What a solver returns: routes as customer ids in visiting order, each on a day (0-based). */
record Solution(List<Route> routes) {

    record Route(int day, List<Integer> customers) {
    }
}
