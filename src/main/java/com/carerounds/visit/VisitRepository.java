package com.carerounds.visit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface VisitRepository extends ListCrudRepository<Visit, Long> {

    List<Visit> findByRosterId(Long rosterId);

    List<Visit> findByTeamIdAndVisitDateBetweenOrderByVisitDateAscRoutePositionAsc(
            Long teamId, LocalDate from, LocalDate to);

    long countByRosterId(Long rosterId);

    long countByElderId(Long elderId);

    long countByTeamId(Long teamId);

    /** The visit if it is on the team's route in a published roster. */
    @Query("select v.* from visit v join roster r on r.id = v.roster_id where v.id = :id and v.team_id = :teamId "
            + "and r.status = 'PUBLISHED'")
    Optional<Visit> findPublishedOfTeam(Long id, Long teamId);
}
