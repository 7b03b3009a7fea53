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

    long countByElderId(Long elderId);

    long countByTeamId(Long teamId);

    /** A team's visits of published rosters between two dates, day by day in route order. */
    @Query("select v.* from visit v join roster r on r.id = v.roster_id where v.team_id = :teamId "
            + "and v.visit_date between :from and :to and r.status = 'PUBLISHED' "
            + "order by v.visit_date, v.route_position")
    List<Visit> findPublished(Long teamId, LocalDate from, LocalDate to);

    /**
     * Sets the dispatcher's pin of visits. The version is left alone: a pin is the dispatcher's note for
     * re-plans, not a change of the visit a doctor's correction would have to have seen.
     */
    @Modifying
    @Query("update visit set pinned = :pinned where id in (:ids)")
    void pin(java.util.Collection<Long> ids, boolean pinned);

    /** The visit if it is on the team's route in a published roster. */
    @Query("select v.* from visit v join roster r on r.id = v.roster_id where v.id = :id and v.team_id = :teamId "
            + "and r.status = 'PUBLISHED'")
    Optional<Visit> findPublishedOfTeam(Long id, Long teamId);
}
