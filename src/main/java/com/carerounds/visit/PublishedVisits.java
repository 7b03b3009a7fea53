package com.carerounds.visit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A team's published visits as the doctor's list shows them, in one plain query: the list is the most
 * frequent request, and mapping whole {@link Visit} aggregates cost more than the rest of it together.
 */
@Component
class PublishedVisits {

    /** The columns of one visit that a doctor's list shows. */
    record Stop(Long id, int version, Long elderId, LocalDate date, int position, LocalTime plannedStart,
                int durationMinutes, VisitKind kind, VisitStatus status, MissedReason missedReason, String notes) {

        static Stop of(Visit v) {
            return new Stop(v.getId(), v.getVersion(), v.getElderId(), v.getVisitDate(), v.getRoutePosition(),
                    v.getPlannedStart(), v.getDurationMinutes(), v.getKind(), v.getStatus(), v.getMissedReason(),
                    v.getOutcomeNotes());
        }
    }

    /**
     * Visits ({@code v}) with their places ({@code p}) in their roster's published revision: what the
     * doctors were given, whatever a draft beside that revision does meanwhile.
     */
    static final String FROM_PUBLISHED = "from visit v join roster r on r.id = v.roster_id "
            + "join roster_revision rr on rr.roster_id = r.id and rr.number = r.published_revision "
            + "join published_visit p on p.revision_id = rr.id and p.visit_id = v.id ";

    private final NamedParameterJdbcTemplate jdbc;

    PublishedVisits(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The team's visits of published revisions between two dates, day by day in route order. */
    List<Stop> of(Long teamId, LocalDate from, LocalDate to) {
        return jdbc.query("select v.id, v.version, v.elder_id, p.visit_date, p.route_position, p.planned_start, "
                        + "v.duration_minutes, v.kind, v.status, v.missed_reason, v.outcome_notes " + FROM_PUBLISHED
                        + "where p.team_id = :teamId and p.visit_date between :from and :to "
                        + "order by p.visit_date, p.route_position",
                Map.of("teamId", teamId, "from", from, "to", to),
                (row, n) -> {
                    String missed = row.getString("missed_reason");
                    return new Stop(row.getLong("id"), row.getInt("version"), row.getLong("elder_id"),
                            row.getObject("visit_date", LocalDate.class), row.getInt("route_position"),
                            row.getObject("planned_start", LocalTime.class), row.getInt("duration_minutes"),
                            VisitKind.valueOf(row.getString("kind")), VisitStatus.valueOf(row.getString("status")),
                            missed == null ? null : MissedReason.valueOf(missed), row.getString("outcome_notes"));
                });
    }
}
