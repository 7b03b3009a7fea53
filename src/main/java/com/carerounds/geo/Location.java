package com.carerounds.geo;

/**
 * A WGS-84 point as stored: a home, or a health center where routes start and end. Distances are the
 * solver's travel model's, on its plane ({@code RosterPlanMapper} converts).
 */
public record Location(double latitude, double longitude) {

    public Location {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("latitude must be between -90 and 90, was " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude must be between -180 and 180, was " + longitude);
        }
    }
}
