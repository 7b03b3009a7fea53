package com.carerounds.center;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface HealthCenterRepository extends ListCrudRepository<HealthCenter, Long> {

    Optional<HealthCenter> findByCode(String code);
}
