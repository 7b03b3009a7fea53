package com.carerounds.weights;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface ConstraintWeightsRepository extends ListCrudRepository<ConstraintWeights, Long> {

    Optional<ConstraintWeights> findByCenterId(Long centerId);
}
