package com.carerounds.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    // October 2026: National Day Oct 1–7 off, Sunday Sep 20 and Saturday Oct 10 worked instead.
    private final WorkingCalendar calendar = new WorkingCalendar(List.of(
            new CalendarDay(LocalDate.of(2026, 10, 1), DayKind.HOLIDAY, "国庆节"),
            new CalendarDay(LocalDate.of(2026, 10, 2), DayKind.HOLIDAY, "国庆节"),
            new CalendarDay(LocalDate.of(2026, 10, 5), DayKind.HOLIDAY, "国庆节"),
            new CalendarDay(LocalDate.of(2026, 10, 6), DayKind.HOLIDAY, "国庆节"),
            new CalendarDay(LocalDate.of(2026, 10, 7), DayKind.HOLIDAY, "国庆节"),
            new CalendarDay(LocalDate.of(2026, 10, 10), DayKind.WORKDAY, "国庆节")));

    @Test
    void holidaysAreOffAndMakeUpSaturdaysAreWorked() {
        List<LocalDate> days = calendar.workingDays(YearMonth.of(2026, 10), WEEKDAYS);

        assertThat(days).doesNotContain(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7), LocalDate.of(2026, 10, 3))
                .contains(LocalDate.of(2026, 10, 8), LocalDate.of(2026, 10, 10));
        // 22 weekdays in October 2026, 5 of them holidays, plus one make-up Saturday.
        assertThat(days).hasSize(22 - 5 + 1);
    }

    @Test
    void aMakeUpDayIsWorkedWhateverTheTeamsPattern() {
        Set<DayOfWeek> mondayToWednesday = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY);

        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10), mondayToWednesday)).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 15), mondayToWednesday)).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 14), mondayToWednesday)).isTrue();
    }
}
