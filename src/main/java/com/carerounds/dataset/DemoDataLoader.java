package com.carerounds.dataset;

import com.carerounds.account.AccountProvisioning;
import com.carerounds.settings.CareRoundsSettings;
import com.carerounds.team.TeamRepository;
import java.sql.Timestamp;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo health center on the first start only: a marker row records the load, so a restart
 * keeps whatever the users changed, and deleting the demo data does not bring it back.
 */
@Component
@ConditionalOnProperty(name = "carerounds.demo.enabled", havingValue = "true")
@Order(0) // before the configured administrator, who may belong to a demo center
public class DemoDataLoader implements ApplicationRunner {

    static final String MARKER = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DatasetImporter importer;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ResourceLoader resources;
    private final String location;
    private final AccountProvisioning accounts;
    private final TeamRepository teams;

    public DemoDataLoader(DatasetImporter importer, JdbcTemplate jdbc, TransactionTemplate transaction,
                          ResourceLoader resources, AccountProvisioning accounts, TeamRepository teams,
                          CareRoundsSettings settings) {
        this.importer = importer;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.resources = resources;
        this.location = settings.demo().location();
        this.accounts = accounts;
        this.teams = teams;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            Integer loaded = jdbc.queryForObject("select count(*) from dataset_load where name = ?", Integer.class, MARKER);
            if (loaded != null && loaded > 0) {
                log.info("Demo data was loaded on an earlier start; keeping the database as it is");
                return;
            }
            // The marker goes in first: a second instance starting at the same moment fails on its key and rolls back.
            jdbc.update("insert into dataset_load (name, loaded_at) values (?, ?)", MARKER, Timestamp.from(Instant.now()));
            ImportResult result = importer.importDataset(DatasetSource.location(resources, location));
            result.centerIds().forEach(centerId -> accounts.createDemoUsers(centerId,
                    teams.findByCenterIdOrderByCode(centerId).stream()
                            .map(team -> new AccountProvisioning.DoctorTeam(team.getId(), team.getName())).toList()));
            log.info("Loaded the demo dataset from {}: {}", location, result);
        });
    }
}
