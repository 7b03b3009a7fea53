package com.carerounds.persistence;

/** The aggregate contract on the embedded H2 database, the default of {@code mvn spring-boot:run}. */
@PersistenceTest
class H2PersistenceTest extends AggregatePersistenceContract {
}
