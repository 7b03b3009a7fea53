package com.carerounds.elder;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * When in the day an elder can be visited, for example 14:00–17:00 because a daughter is home then:
 * the whole visit, from its start to its end, falls inside it. Written "14:00-17:00" in datasets.
 */
public record TimeWindow(LocalTime start, LocalTime end) {

    public TimeWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /**
     * What is wrong with the window for a center's home-visit hours and a visit of that many minutes,
     * or empty: whole minutes, start before end, inside the hours, and long enough for the visit.
     */
    public Optional<String> problem(LocalTime hoursStart, LocalTime hoursEnd, int visitMinutes) {
        if (start.getSecond() != 0 || start.getNano() != 0 || end.getSecond() != 0 || end.getNano() != 0) {
            return Optional.of("must be whole minutes, like 14:00-17:00");
        }
        if (!start.isBefore(end)) {
            return Optional.of("must end after it starts");
        }
        if (start.isBefore(hoursStart) || end.isAfter(hoursEnd)) {
            return Optional.of("must be inside the center's home-visit hours " + hoursStart + "-" + hoursEnd);
        }
        if (minutes() < visitMinutes) {
            return Optional.of("is " + minutes() + " minutes, shorter than the elder's visit of " + visitMinutes + " minutes");
        }
        return Optional.empty();
    }

    /** Whether a visit starting then and lasting that long is inside the window. */
    public boolean holds(LocalTime visitStart, int visitMinutes) {
        return !visitStart.isBefore(start) && !visitStart.plusMinutes(visitMinutes).isAfter(end)
                && !visitStart.plusMinutes(visitMinutes).isBefore(visitStart);
    }

    public int minutes() {
        return (end.toSecondOfDay() - start.toSecondOfDay()) / 60;
    }

    public String format() {
        return start + "-" + end;
    }

    /** "14:00-17:00". */
    public static TimeWindow parse(String text) {
        String[] parts = text.trim().split("-", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("must be two times like 14:00-17:00");
        }
        try {
            return new TimeWindow(LocalTime.parse(parts[0].trim()), LocalTime.parse(parts[1].trim()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be two times like 14:00-17:00", e);
        }
    }
}
