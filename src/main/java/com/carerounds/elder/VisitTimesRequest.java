package com.carerounds.elder;

import com.carerounds.kernel.PlausibleDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * An elder's visit times from a date on, as a dispatcher is told them: the window every visit falls
 * inside (absent: any time of the home-visit hours) and the only weekdays (absent or empty: any working
 * day). {@code version}: the elder's, as read.
 */
public record VisitTimesRequest(@NotNull Integer version, @NotNull @PlausibleDate LocalDate from,
                                @Valid ElderRequest.Window visitWindow, Set<@NotNull DayOfWeek> visitWeekdays) {
}
