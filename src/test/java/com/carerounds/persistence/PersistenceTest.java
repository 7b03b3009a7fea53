package com.carerounds.persistence;

import com.carerounds.account.Access;
import com.carerounds.calendar.V2__China_public_holidays;
import com.carerounds.config.ClockConfiguration;
import com.carerounds.config.JdbcConfiguration;
import com.carerounds.contract.ContractService;
import com.carerounds.dataset.DatasetImporter;
import com.carerounds.policy.PolicyAdministration;
import com.carerounds.roster.RosterRevisions;
import com.carerounds.roster.RosterService;
import com.carerounds.visit.VisitPlanWriter;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.data.jdbc.DataJdbcTest;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** A narrow slice: repositories, Flyway migrations (SQL and Java) and the services that write aggregates. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Import({JdbcConfiguration.class, ClockConfiguration.class, V2__China_public_holidays.class, ContractService.class,
        DatasetImporter.class, RosterService.class, RosterRevisions.class, VisitPlanWriter.class, PolicyAdministration.class,
        Access.class})
public @interface PersistenceTest {
}
