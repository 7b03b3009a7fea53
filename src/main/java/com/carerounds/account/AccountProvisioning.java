package com.carerounds.account;

import com.carerounds.kernel.References;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates accounts: a real deployment's first administrator from configuration (never a built-in
 * password), and the demo center's documented users when the demo is loaded. Answers how many
 * accounts still belong to a center or a team, for their delete guards.
 */
@Service
public class AccountProvisioning {

    private static final Logger log = LoggerFactory.getLogger(AccountProvisioning.class);
    private static final int MIN_PASSWORD_LENGTH = 10;

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;

    public AccountProvisioning(AccountRepository accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    /** A team a demo doctor account is made for. */
    public record DoctorTeam(Long id, String name) {
    }

    /** Once: an administrator already there keeps the password it has. {@code centerId} null for every center. */
    @Transactional
    public void createAdministrator(String username, String password, Long centerId) {
        if (accounts.existsByUsername(username)) {
            return;
        }
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("the administrator's password must have at least "
                    + MIN_PASSWORD_LENGTH + " characters");
        }
        accounts.save(new Account(username, encoder.encode(password), Role.ADMIN, username, centerId, null));
        log.info("Created the administrator account {}", username);
    }

    /** The demo users the README documents: admin, dispatcher, and doctor1… for the given teams in order. */
    @Transactional
    public void createDemoUsers(Long centerId, List<DoctorTeam> teams) {
        accounts.save(new Account("admin", encoder.encode("demo-admin"), Role.ADMIN, "演示管理员", centerId, null));
        accounts.save(new Account("dispatcher", encoder.encode("demo-dispatcher"), Role.DISPATCHER, "演示调度员",
                centerId, null));
        String doctorPassword = encoder.encode("demo-doctor");
        for (int i = 0; i < teams.size(); i++) {
            accounts.save(new Account("doctor" + (i + 1), doctorPassword, Role.DOCTOR, teams.get(i).name(), centerId,
                    teams.get(i).id()));
        }
    }

    public References ofCenter(Long centerId) {
        return new References(accounts.countByCenterId(centerId), "account(s)");
    }

    public References ofTeam(Long teamId) {
        return new References(accounts.countByTeamId(teamId), "doctor account(s)");
    }
}
