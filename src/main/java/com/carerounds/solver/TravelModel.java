package com.carerounds.solver;

/** Distance and travel time between two places, for one team's way of travelling. */
public interface TravelModel {

    /** Distance in the model's unit: meters for real places. */
    long distance(Point from, Point to);

    /** Travel time in seconds. */
    int seconds(Point from, Point to, PlanningTeam team);

    /** Seconds to cover a distance in meters at a speed in km/h. */
    static int secondsAt(long meters, double kilometersPerHour) {
        return (int) Math.round(meters * 3.6 / kilometersPerHour);
    }
}
