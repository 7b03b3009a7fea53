package com.carerounds.solver;

import org.optaplanner.core.impl.heuristic.selector.common.nearby.NearbyDistanceMeter;

/**
 * How near a place in a route is to a visit being moved: next to a visit close by, or first on a
 * day (measured from the center). Lets local search try the positions that can shorten routes.
 */
public class VisitNearbyDistanceMeter implements NearbyDistanceMeter<PlanningVisit, Object> {

    @Override
    public double getNearbyDistance(PlanningVisit origin, Object destination) {
        if (destination instanceof PlanningVisit visit) {
            return Math.hypot(visit.getLocation().x() - origin.getLocation().x(),
                    visit.getLocation().y() - origin.getLocation().y());
        }
        TeamDay day = (TeamDay) destination;
        return day.isHolding() || day.isPinned() ? Double.MAX_VALUE
                : Math.hypot(day.getOrigin().x() - origin.getLocation().x(), day.getOrigin().y() - origin.getLocation().y());
    }
}
