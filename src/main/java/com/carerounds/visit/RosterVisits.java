package com.carerounds.visit;

import com.carerounds.team.SkillSet;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A roster's visits in one plain query: every plan of a roster is made from all of them, thousands at a
 * center, where the repository's mapping took about half of a recommendation's time. The same visits as
 * {@link VisitRepository#findByRosterId} (the persistence contract compares them), by id.
 */
@Component
public class RosterVisits {

    private final JdbcTemplate jdbc;

    public RosterVisits(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Visit> of(Long rosterId) {
        return jdbc.query("select id, version, roster_id, elder_id, visit_number, kind, required_skills, duration_minutes, "
                + "team_id, visit_date, planned_start, route_position, pinned, status, unassigned_reason, missed_reason, "
                + "outcome_notes, outcome_at, makes_up_visit_id, due_by from visit where roster_id = ? order by id", (row, i) -> {
                    Date date = row.getDate(10);
                    Time start = row.getTime(11);
                    String missed = row.getString(16);
                    Timestamp outcomeAt = row.getTimestamp(18);
                    Date dueBy = row.getDate(20);
                    return new Visit(row.getLong(1), row.getInt(2), row.getLong(3), row.getLong(4), row.getInt(5),
                            VisitKind.valueOf(row.getString(6)), SkillSet.parse(row.getString(7)), row.getInt(8),
                            row.getObject(9, Long.class), date == null ? null : date.toLocalDate(),
                            start == null ? null : start.toLocalTime(), row.getObject(12, Integer.class), row.getBoolean(13),
                            VisitStatus.valueOf(row.getString(14)), row.getString(15),
                            missed == null ? null : MissedReason.valueOf(missed), row.getString(17),
                            outcomeAt == null ? null : outcomeAt.toInstant(), row.getObject(19, Long.class),
                            dueBy == null ? null : dueBy.toLocalDate());
                }, rosterId);
    }
}
