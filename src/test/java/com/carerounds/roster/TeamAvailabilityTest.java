package com.carerounds.roster;

import static org.assertj.core.api.Assertions.assertThat;

import com.carerounds.calendar.CalendarDay;
import com.carerounds.calendar.DayKind;
import com.carerounds.calendar.WorkingCalendar;
import com.carerounds.team.Capacity;
import com.carerounds.team.Leave;
import com.carerounds.team.MemberRole;
import com.carerounds.team.Team;
import com.carerounds.team.TeamMember;
import com.carerounds.team.TravelMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class TeamAvailabilityTest {

    @Test
    void workingDaysMinusHolidaysLeaveAndClosedDatesWithThatDaysCapacity() {
        Team team = new Team(1L, "T1", "王医生团队", TravelMode.EBIKE, new Capacity(240, 8),
                List.of(new TeamMember("王建国", MemberRole.GENERAL_PRACTITIONER)),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        team.addLeave(new Leave(LocalDate.of(2026, 10, 12), LocalDate.of(2026, 10, 13), "培训"));
        team.overrideCapacity(LocalDate.of(2026, 10, 14), new Capacity(120, 4));
        team.overrideCapacity(LocalDate.of(2026, 10, 15), new Capacity(0, 0));
        WorkingCalendar calendar = new WorkingCalendar(List.of(
                new CalendarDay(LocalDate.of(2026, 10, 1), DayKind.HOLIDAY, "国庆节"),
                new CalendarDay(LocalDate.of(2026, 10, 10), DayKind.WORKDAY, "国庆节")));

        var days = new TeamAvailability(calendar).days(team, YearMonth.of(2026, 10));

        assertThat(days).extracting(TeamAvailability.AvailableDay::date)
                .doesNotContain(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 12), LocalDate.of(2026, 10, 13),
                        LocalDate.of(2026, 10, 15), LocalDate.of(2026, 10, 3))
                .contains(LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 16))
                .hasSize(22 - 1 + 1 - 2 - 1);
        assertThat(days).filteredOn(d -> d.date().equals(LocalDate.of(2026, 10, 14)))
                .singleElement().satisfies(d -> assertThat(d.capacity()).isEqualTo(new Capacity(120, 4)));
        assertThat(days).filteredOn(d -> d.date().equals(LocalDate.of(2026, 10, 16)))
                .singleElement().satisfies(d -> assertThat(d.capacity()).isEqualTo(new Capacity(240, 8)));
    }
}
