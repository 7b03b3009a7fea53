package com.carerounds.roster;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface VisitRepository extends ListCrudRepository<Visit, Long> {

    List<Visit> findByRosterId(Long rosterId);

    List<Visit> findByTeamIdAndVisitDateBetweenOrderByVisitDateAscRoutePositionAsc(
            Long teamId, LocalDate from, LocalDate to);

    long countByRosterId(Long rosterId);
}
