package com.carerounds.visit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface VisitRepository extends ListCrudRepository<Visit, Long> {

    List<Visit> findByRosterId(Long rosterId);

    List<Visit> findByTeamIdAndVisitDateBetweenOrderByVisitDateAscRoutePositionAsc(
            Long teamId, LocalDate from, LocalDate to);

    long countByRosterId(Long rosterId);

    /** The visits that make up for these missed ones, in any roster. */
    List<Visit> findByMakesUpVisitIdIn(java.util.Collection<Long> missedVisitIds);

    long countByElderId(Long elderId);

    long countByTeamId(Long teamId);

    /**
     * A visit as its roster's published revision has it: the team, date, start and position the doctors
     * were given, whatever a draft beside that revision does meanwhile.
     */
    String PUBLISHED_VISIT = "select v.id, v.version, v.roster_id, v.elder_id, v.visit_number, v.kind, v.required_skills, "
            + "v.duration_minutes, p.team_id, p.visit_date, p.planned_start, p.route_position, v.pinned, v.status, "
            + "v.unassigned_reason, v.missed_reason, v.outcome_notes, v.outcome_at, v.makes_up_visit_id, v.due_by "
            + PublishedVisits.FROM_PUBLISHED;

    /**
     * Sets the dispatcher's pin of visits. The version is left alone: a pin is the dispatcher's note for
     * re-plans, not a change of the visit a doctor's correction would have to have seen.
     */
    @Modifying
    @Query("update visit set pinned = :pinned where id in (:ids)")
    void pin(java.util.Collection<Long> ids, boolean pinned);

    /**
     * Cancels visits not yet made: out of every route with the reason, and never planned again (solves
     * write planned visits only). Those done or missed meanwhile stay as they are. The published revision
     * keeps them until the next publication, which lists them as cancelled.
     */
    @Modifying
    @Query("update visit set status = 'CANCELLED', team_id = null, visit_date = null, planned_start = null, "
            + "route_position = null, pinned = false, unassigned_reason = :reason, version = version + 1 "
            + "where id in (:ids) and status = 'PLANNED'")
    int cancel(java.util.Collection<Long> ids, String reason);

    /**
     * The visit if it is on the team's route in its roster's published revision, placed as published:
     * saved with an outcome, it stands where it happened.
     */
    @Query(PUBLISHED_VISIT + "where v.id = :id and p.team_id = :teamId")
    Optional<Visit> findPublishedOfTeam(Long id, Long teamId);
}
