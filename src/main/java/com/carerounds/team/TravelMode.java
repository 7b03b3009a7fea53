package com.carerounds.team;

/** How a team gets around; the speed turns street distance into travel time. */
public enum TravelMode {
    WALK(4.5),
    BICYCLE(12),
    EBIKE(18),
    CAR(25);

    private final double kilometersPerHour;

    TravelMode(double kilometersPerHour) {
        this.kilometersPerHour = kilometersPerHour;
    }

    /** Typical door-to-door speed in city traffic, including parking and stairs. */
    public double kilometersPerHour() {
        return kilometersPerHour;
    }
}
