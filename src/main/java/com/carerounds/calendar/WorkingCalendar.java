package com.carerounds.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Working days of one period: a team's weekly pattern, minus public holidays, plus make-up working
 * days, which everyone works whatever their pattern (that is what 调休 means).
 */
public final class WorkingCalendar {

    private final Map<LocalDate, DayKind> exceptions;

    public WorkingCalendar(List<CalendarDay> days) {
        this.exceptions = days.stream().collect(Collectors.toMap(CalendarDay::getOnDate, CalendarDay::getKind));
    }

    public boolean isWorkingDay(LocalDate date, Set<DayOfWeek> weeklyPattern) {
        DayKind exception = exceptions.get(date);
        if (exception != null) {
            return exception == DayKind.WORKDAY;
        }
        return weeklyPattern.contains(date.getDayOfWeek());
    }

    public List<LocalDate> workingDays(YearMonth month, Set<DayOfWeek> weeklyPattern) {
        return month.atDay(1).datesUntil(month.atEndOfMonth().plusDays(1))
                .filter(date -> isWorkingDay(date, weeklyPattern))
                .toList();
    }

    public static Function<YearMonth, WorkingCalendar> loader(CalendarDayRepository repository) {
        return month -> new WorkingCalendar(
                repository.findByOnDateBetweenOrderByOnDate(month.atDay(1), month.atEndOfMonth()));
    }
}
