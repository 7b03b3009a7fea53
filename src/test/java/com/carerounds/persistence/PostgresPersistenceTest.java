package com.carerounds.persistence;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The aggregate contract on PostgreSQL, the production database; .ci/run always enables it. */
@PersistenceTest
@EnabledIfSystemProperty(named = PostgresTestDatabase.PROPERTY, matches = ".+")
class PostgresPersistenceTest extends AggregatePersistenceContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", PostgresTestDatabase::url);
    }
}
