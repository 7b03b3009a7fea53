package com.carerounds.center;

import com.carerounds.account.AccountProvisioning;
import com.carerounds.settings.CareRoundsSettings;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the configured first administrator at start, of the center named by code or of every center. */
@Component
@Order(10) // after the demo data, whose center the administrator may belong to
class FirstAdministrator implements ApplicationRunner {

    private final AccountProvisioning accounts;
    private final HealthCenterRepository centers;
    private final CareRoundsSettings.Admin admin;

    FirstAdministrator(AccountProvisioning accounts, HealthCenterRepository centers, CareRoundsSettings settings) {
        this.accounts = accounts;
        this.centers = centers;
        this.admin = settings.admin();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (admin.username().isBlank()) {
            return;
        }
        Long centerId = admin.center().isBlank() ? null : centers.findByCode(admin.center())
                .orElseThrow(() -> new IllegalStateException("carerounds.admin.center: no center " + admin.center()))
                .getId();
        accounts.createAdministrator(admin.username(), admin.password(), centerId);
    }
}
