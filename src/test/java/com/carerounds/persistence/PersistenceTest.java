package com.carerounds.persistence;

import com.carerounds.account.Access;
import com.carerounds.audit.AuditTrail;
import com.carerounds.calendar.V2__China_public_holidays;
import com.carerounds.config.ClockConfiguration;
import com.carerounds.config.JdbcConfiguration;
import com.carerounds.config.PrivacyConfiguration;
import com.carerounds.config.SolverConfiguration;
import com.carerounds.contract.ContractService;
import com.carerounds.dataset.DatasetImporter;
import com.carerounds.elder.CenterElders;
import com.carerounds.elder.ElderCards;
import com.carerounds.elder.NationalIdRegister;
import com.carerounds.elder.PersonalDataKeyRotation;
import com.carerounds.elder.PersonalDataProtection;
import com.carerounds.elder.V10__Elder_personal_data_encrypted;
import com.carerounds.policy.PolicyAdministration;
import com.carerounds.roster.CrossCovers;
import com.carerounds.roster.HardRules;
import com.carerounds.roster.MonthDemand;
import com.carerounds.roster.RosterInputsLoader;
import com.carerounds.roster.RosterRevisions;
import com.carerounds.roster.RosterService;
import com.carerounds.roster.RosterSolvingService;
import com.carerounds.visit.RosterVisits;
import com.carerounds.visit.VisitPlanWriter;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import com.carerounds.settings.CareRoundsSettings;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.data.jdbc.DataJdbcTest;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** A narrow slice: repositories, Flyway migrations (SQL and Java) and the services that write aggregates. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@EnableConfigurationProperties(CareRoundsSettings.class)
@ImportAutoConfiguration(JacksonAutoConfiguration.class)
@Import({JdbcConfiguration.class, PrivacyConfiguration.class, ClockConfiguration.class, V2__China_public_holidays.class,
        V10__Elder_personal_data_encrypted.class, PersonalDataProtection.class, NationalIdRegister.class,
        PersonalDataKeyRotation.class, ContractService.class, DatasetImporter.class, AuditTrail.class,
        RosterService.class, RosterRevisions.class, MonthDemand.class, VisitPlanWriter.class, PolicyAdministration.class,
        Access.class, ElderCards.class, CenterElders.class, RosterInputsLoader.class, CrossCovers.class,
        SolverConfiguration.class, RosterVisits.class, HardRules.class})
// The slice saves and reads; it never solves, so the solver behind the publishing rule is a stand-in.
@MockitoBean(types = RosterSolvingService.class)
public @interface PersistenceTest {
}
