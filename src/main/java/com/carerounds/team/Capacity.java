package com.carerounds.team;

/** Home-visit capacity of a team for one working day: minutes (visits and travel) and number of visits. */
public record Capacity(int maxVisitMinutes, int maxVisits) {

    public Capacity {
        if (maxVisitMinutes < 0 || maxVisitMinutes > 24 * 60) {
            throw new IllegalArgumentException("maxVisitMinutes must be between 0 and 1440, was " + maxVisitMinutes);
        }
        if (maxVisits < 0) {
            throw new IllegalArgumentException("maxVisits must not be negative, was " + maxVisits);
        }
    }
}
