package com.carerounds.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.carerounds.center.HealthCenterRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/** The first administrator comes from configuration, hashed, even for a center the demo brings. */
@SpringBootTest(properties = {"carerounds.demo.enabled=true", "carerounds.admin.username=zhang.admin",
        "carerounds.admin.password=a-long-secret", "carerounds.admin.center=C01"})
@ActiveProfiles("test")
class AccountProvisioningTest {

    @Autowired AccountRepository accounts;
    @Autowired HealthCenterRepository centers;
    @Autowired PasswordEncoder encoder;

    @Test
    void theConfiguredAdministratorAndTheDemoUsersExistWithHashedPasswords() {
        Account admin = accounts.findByUsername("zhang.admin").orElseThrow();
        assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
        assertThat(admin.getCenterId()).isEqualTo(centers.findByCode("C01").orElseThrow().getId());
        assertThat(admin.getPasswordHash()).doesNotContain("a-long-secret").startsWith("{bcrypt}");
        assertThat(encoder.matches("a-long-secret", admin.getPasswordHash())).isTrue();
        assertThat(accounts.findByUsername("doctor6")).get()
                .satisfies(doctor -> assertThat(doctor.getTeamId()).isNotNull());
        assertThat(accounts.findByUsername("doctor7")).isEmpty();
    }
}
