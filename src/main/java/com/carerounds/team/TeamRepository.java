package com.carerounds.team;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface TeamRepository extends ListCrudRepository<Team, Long> {

    List<Team> findByCenterIdOrderByCode(Long centerId);

    long countByCenterId(Long centerId);

    Optional<Team> findByCenterIdAndCode(Long centerId, String code);

    List<Team> findByCode(String code);
}
