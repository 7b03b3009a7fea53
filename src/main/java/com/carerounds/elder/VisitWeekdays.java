package com.carerounds.elder;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The days of the week an elder can be visited on, for example only Tuesday and Thursday because a
 * daughter is there to open the door. Empty means any working day. Stored in one column as
 * "TUESDAY,THURSDAY".
 */
public record VisitWeekdays(Set<DayOfWeek> days) {

    public static final VisitWeekdays ANY = new VisitWeekdays(Set.of());

    public VisitWeekdays {
        days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
    }

    public static VisitWeekdays of(Collection<DayOfWeek> days) {
        return days == null || days.isEmpty() ? ANY : new VisitWeekdays(Set.copyOf(days));
    }

    public boolean allows(LocalDate date) {
        return days.isEmpty() || days.contains(date.getDayOfWeek());
    }

    /** In week order, for showing. */
    public Set<DayOfWeek> ordered() {
        return days.isEmpty() ? Set.of() : EnumSet.copyOf(days);
    }

    public String format() {
        return ordered().stream().map(DayOfWeek::name).collect(Collectors.joining(","));
    }

    public static VisitWeekdays parse(String text) {
        if (text == null || text.isBlank()) {
            return ANY;
        }
        return of(Arrays.stream(text.split(",")).map(String::trim).map(DayOfWeek::valueOf).toList());
    }
}
