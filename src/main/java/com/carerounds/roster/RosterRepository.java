package com.carerounds.roster;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface RosterRepository extends ListCrudRepository<Roster, Long> {

    Optional<Roster> findByCenterIdAndMonthStart(Long centerId, LocalDate monthStart);

    List<Roster> findByCenterIdOrderByMonthStartDesc(Long centerId);

    long countByCenterId(Long centerId);

    List<Roster> findByStatus(RosterStatus status);

    /** The score and unassigned count of the plan just saved, beside the roster's own columns. */
    @Modifying
    @Query("update roster set score = :score, unassigned = :unassigned where id = :id")
    void recordPlan(Long id, String score, int unassigned);
}
