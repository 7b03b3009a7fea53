package com.carerounds.team;

import java.time.DayOfWeek;
import org.springframework.data.relational.core.mapping.Table;

/** One weekday of a team's weekly working pattern. */
@Table("team_working_day")
public record WorkingDay(DayOfWeek dayOfWeek) {
}
