package com.carerounds.solver;

import java.util.List;

/**
 * Sets the shadow variables of routes built outside the solver (a saved roster, a test), as the
 * solver's listeners would: which day each visit is on, its neighbours, and arrival times.
 */
public final class Routes {

    private Routes() {
    }

    public static void link(List<TeamDay> days) {
        days.forEach(Routes::link);
    }

    public static void link(TeamDay day) {
        List<PlanningVisit> route = day.getVisits();
        int time = day.getStartSeconds();
        Point at = day.getOrigin();
        for (int i = 0; i < route.size(); i++) {
            PlanningVisit visit = route.get(i);
            visit.setTeamDay(day);
            visit.setPrevious(i == 0 ? null : route.get(i - 1));
            visit.setNext(i == route.size() - 1 ? null : route.get(i + 1));
            if (day.isHolding()) {
                visit.setArrivalTime(null);
            } else {
                visit.setArrivalTime(time + day.travelSeconds(at, visit.getLocation()));
                time = visit.departureTime();
                at = visit.getLocation();
            }
        }
    }
}
