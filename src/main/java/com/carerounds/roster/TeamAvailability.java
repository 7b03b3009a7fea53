package com.carerounds.roster;

import com.carerounds.calendar.WorkingCalendar;
import com.carerounds.team.Capacity;
import com.carerounds.team.Team;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The days of a month on which a team can make home visits, with that day's capacity: its weekly
 * pattern on the working-day calendar, minus leave and dates whose capacity is set to nothing.
 */
public final class TeamAvailability {

    private final WorkingCalendar calendar;

    public TeamAvailability(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    public record AvailableDay(Long teamId, LocalDate date, Capacity capacity) {
    }

    public List<AvailableDay> days(Team team, YearMonth month) {
        return calendar.workingDays(month, team.getWorkingDays()).stream()
                .filter(date -> !team.onLeave(date))
                .map(date -> new AvailableDay(team.getId(), date, team.capacityOn(date)))
                .filter(day -> day.capacity().maxVisits() > 0 && day.capacity().maxVisitMinutes() > 0)
                .toList();
    }
}
