package com.carerounds.persistence;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.carerounds.contract.Contract;
import com.carerounds.contract.ServicePackage;
import com.carerounds.elder.Elder;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contract race on PostgreSQL, where an exclusion constraint backs the row lock. Outside a test
 * transaction here too: a refused insert would abort it, and the clean-up with it.
 */
@PersistenceTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@EnabledIfSystemProperty(named = PostgresTestDatabase.PROPERTY, matches = ".+")
class PostgresContractRaceTest extends ContractRaceContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", PostgresTestDatabase::url);
    }

    /** A write that goes around the service (an import, a script) is refused by the database itself. */
    @Test
    void theDatabaseRefusesOverlappingContractsOfOneElder() {
        Elder elder = elder();
        contracts.save(new Contract(elder.getId(), team.getId(), ServicePackage.BASIC, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 30)));
        contracts.save(new Contract(elder.getId(), team.getId(), ServicePackage.BASIC, LocalDate.of(2026, 7, 1), null));
        assertThatThrownBy(() -> contracts.save(new Contract(elder.getId(), team.getId(), ServicePackage.ENHANCED,
                LocalDate.of(2026, 6, 30), LocalDate.of(2026, 6, 30))))
                .hasStackTraceContaining("ex_contract_one_in_force");
    }
}
