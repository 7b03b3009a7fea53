package com.carerounds.solver;

import java.util.Arrays;

/**
 * The day combinations an elder's visits may fall on, for example "Tuesday and Thursday" or
 * "Monday, Wednesday and Friday" of a week: each pattern is a bit mask over the days of the horizon
 * (bit i = day i). All visits of one elder share one instance; two instances are the same elder's
 * patterns when their elder ids are equal.
 */
public final class VisitPatterns {

    private final long elderId;
    private final long[] masks;

    public VisitPatterns(long elderId, long... masks) {
        if (masks.length == 0) {
            throw new IllegalArgumentException("elder " + elderId + " needs at least one allowed day combination");
        }
        this.elderId = elderId;
        this.masks = masks.clone();
    }

    public long elderId() {
        return elderId;
    }

    public int size() {
        return masks.length;
    }

    public long mask(int index) {
        return masks[index];
    }

    /** Every day that some pattern allows. */
    public long anyDay() {
        long union = 0;
        for (long mask : masks) {
            union |= mask;
        }
        return union;
    }

    /**
     * How many of the visited days lie outside the closest pattern: 0 when the days fit one pattern
     * (some visits may still be unplanned), otherwise how many visits must move to fit one.
     */
    public int daysOutside(long visitedDays) {
        int best = Integer.MAX_VALUE;
        for (long mask : masks) {
            best = Math.min(best, Long.bitCount(visitedDays & ~mask));
        }
        return best;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VisitPatterns patterns && patterns.elderId == elderId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(elderId);
    }

    @Override
    public String toString() {
        return "elder " + elderId + " patterns " + Arrays.toString(masks);
    }
}
