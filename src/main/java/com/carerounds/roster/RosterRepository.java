package com.carerounds.roster;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface RosterRepository extends ListCrudRepository<Roster, Long> {

    Optional<Roster> findByCenterIdAndMonthStart(Long centerId, LocalDate monthStart);

    List<Roster> findByCenterIdOrderByMonthStartDesc(Long centerId);

    List<Roster> findByStatus(RosterStatus status);
}
