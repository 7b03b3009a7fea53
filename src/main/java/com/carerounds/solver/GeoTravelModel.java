package com.carerounds.solver;

/**
 * Street travel estimated from coordinates: great-circle distance times a detour factor, at the
 * team's door-to-door speed. Points are (longitude, latitude).
 */
public record GeoTravelModel(double detourFactor) implements TravelModel {

    private static final double EARTH_RADIUS_METERS = 6_371_008.8;

    public GeoTravelModel {
        if (detourFactor < 1) {
            throw new IllegalArgumentException("a street is never shorter than the straight line: detour factor >= 1");
        }
    }

    @Override
    public long distance(Point from, Point to) {
        double lat1 = Math.toRadians(from.y());
        double lat2 = Math.toRadians(to.y());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(to.x() - from.x());
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        double meters = 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(a)));
        return Math.round(meters * detourFactor);
    }

    @Override
    public int seconds(Point from, Point to, PlanningTeam team) {
        return TravelModel.secondsAt(distance(from, to), team.speedKmh());
    }
}
