package com.carerounds.account;

import com.carerounds.center.HealthCenterRepository;
import com.carerounds.team.Team;
import com.carerounds.team.TeamRepository;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first administrator of a real deployment from configuration (never a built-in
 * password), and the demo center's documented users when the demo is loaded.
 */
@Component
@Order(10)
public class AccountProvisioning implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AccountProvisioning.class);

    private final AccountRepository accounts;
    private final HealthCenterRepository centers;
    private final TeamRepository teams;
    private final PasswordEncoder encoder;
    private final String adminUsername;
    private final String adminPassword;
    private final String adminCenter;

    public AccountProvisioning(AccountRepository accounts, HealthCenterRepository centers, TeamRepository teams,
                               PasswordEncoder encoder,
                               @Value("${carerounds.admin.username:}") String adminUsername,
                               @Value("${carerounds.admin.password:}") String adminPassword,
                               @Value("${carerounds.admin.center:}") String adminCenter) {
        this.accounts = accounts;
        this.centers = centers;
        this.teams = teams;
        this.encoder = encoder;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
        this.adminCenter = adminCenter;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (adminUsername.isBlank() || accounts.existsByUsername(adminUsername)) {
            return;
        }
        if (adminPassword.length() < 10) {
            throw new IllegalStateException("carerounds.admin.password must have at least 10 characters");
        }
        Long centerId = adminCenter.isBlank() ? null : centers.findByCode(adminCenter)
                .orElseThrow(() -> new IllegalStateException("carerounds.admin.center: no center " + adminCenter))
                .getId();
        accounts.save(new Account(adminUsername, encoder.encode(adminPassword), Role.ADMIN, adminUsername, centerId, null));
        log.info("Created the administrator account {}", adminUsername);
    }

    /** The demo users the README documents: admin, dispatcher, and doctor1… for the center's teams in code order. */
    @Transactional
    public void createDemoUsers(Long centerId) {
        accounts.save(new Account("admin", encoder.encode("demo-admin"), Role.ADMIN, "演示管理员", centerId, null));
        accounts.save(new Account("dispatcher", encoder.encode("demo-dispatcher"), Role.DISPATCHER, "演示调度员",
                centerId, null));
        List<Team> demoTeams = teams.findByCenterIdOrderByCode(centerId);
        String doctorPassword = encoder.encode("demo-doctor");
        for (int i = 0; i < demoTeams.size(); i++) {
            accounts.save(new Account("doctor" + (i + 1), doctorPassword, Role.DOCTOR,
                    demoTeams.get(i).getName(), centerId, demoTeams.get(i).getId()));
        }
    }
}
