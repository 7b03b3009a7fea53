package com.carerounds.elder;

import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An elder's standing visit times from a date on: the time window (none for any time of the home-visit
 * hours) and the days of the week (any working day when empty). A dispatcher is told them ("from next
 * week, only Tuesday and Thursday afternoons"); a change applies from its date on, and what is planned
 * before it stays. {@code effectiveFrom} is null for the times of the elder's own record, which apply
 * until the first dated change.
 */
@Table("elder_visit_times")
public record VisitTimes(LocalDate effectiveFrom, LocalTime windowStart, LocalTime windowEnd, VisitWeekdays visitWeekdays) {

    public VisitTimes {
        if ((windowStart == null) != (windowEnd == null)) {
            throw new IllegalArgumentException("a visit window has a start and an end");
        }
        visitWeekdays = visitWeekdays == null ? VisitWeekdays.ANY : visitWeekdays;
    }

    public static VisitTimes of(LocalDate from, TimeWindow window, VisitWeekdays weekdays) {
        return new VisitTimes(from, window == null ? null : window.start(), window == null ? null : window.end(), weekdays);
    }

    /** The window, or null for none. */
    public TimeWindow window() {
        return windowStart == null ? null : new TimeWindow(windowStart, windowEnd);
    }

    /** Whether a visit on that date, starting then and lasting that long, keeps these times. */
    public boolean allow(LocalDate date, LocalTime start, int minutes) {
        return visitWeekdays.allows(date) && (windowStart == null || window().holds(start, minutes));
    }
}
