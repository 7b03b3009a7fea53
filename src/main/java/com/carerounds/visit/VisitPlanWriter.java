package com.carerounds.visit;

import java.sql.Date;
import java.sql.Time;
import java.sql.Types;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the planned columns of many visits in one batch: a solve rewrites up to tens of thousands
 * of visits, and outcome columns a doctor recorded meanwhile are left alone. A visit whose outcome was
 * recorded meanwhile keeps its place too: what happened is never moved.
 */
@Component
public class VisitPlanWriter {

    private final JdbcTemplate jdbc;

    public VisitPlanWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void write(List<Visit> visits) {
        jdbc.batchUpdate("update visit set team_id = ?, visit_date = ?, planned_start = ?, route_position = ?, "
                        + "unassigned_reason = ?, version = version + 1 where id = ? and status = 'PLANNED'", visits, 1000,
                (statement, visit) -> {
                    statement.setObject(1, visit.getTeamId(), Types.BIGINT);
                    statement.setDate(2, visit.getVisitDate() == null ? null : Date.valueOf(visit.getVisitDate()));
                    statement.setTime(3, visit.getPlannedStart() == null ? null : Time.valueOf(visit.getPlannedStart()));
                    statement.setObject(4, visit.getRoutePosition(), Types.INTEGER);
                    statement.setString(5, visit.getUnassignedReason());
                    statement.setLong(6, visit.getId());
                });
    }
}
