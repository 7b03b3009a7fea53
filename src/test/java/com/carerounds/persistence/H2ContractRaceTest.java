package com.carerounds.persistence;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contract race on the embedded H2 database: the elder's row lock alone keeps the rule. Outside a
 * test transaction here too, for the same reason as the persistence contract's.
 */
@PersistenceTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class H2ContractRaceTest extends ContractRaceContract {
}
