package com.carerounds.policy;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface VisitPolicyRepository extends ListCrudRepository<VisitPolicy, Long> {

    Optional<VisitPolicy> findByCenterId(Long centerId);
}
