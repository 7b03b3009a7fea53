package com.carerounds.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.carerounds.center.HealthCenterRepository;
import com.carerounds.dataset.DatasetImporter;
import com.carerounds.dataset.DatasetImporterTest;
import com.carerounds.dataset.DatasetSource;
import com.carerounds.persistence.PersistenceTest;
import com.carerounds.visit.VisitKind;
import com.carerounds.visit.VisitRepository;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PersistenceTest
class RosterServiceTest {

    @Autowired DatasetImporter importer;
    @Autowired HealthCenterRepository centers;
    @Autowired RosterService rosterService;
    @Autowired VisitRepository visits;

    @Test
    void createsTheMonthsRosterWithTheVisitsThePolicyRequires() {
        importer.importDataset(DatasetSource.of(DatasetImporterTest.dataset()));
        Long centerId = centers.findByCode("XH").orElseThrow().getId();

        RosterService.Created created = rosterService.create(centerId, YearMonth.of(2026, 12));

        assertThat(created.roster().getStatus()).isEqualTo(RosterStatus.DRAFT);
        // E1: ADL 40 → 4 home-hospital-bed visits; E2: ADL 75 → 2 routine visits.
        assertThat(created.visits()).isEqualTo(6);
        assertThat(visits.findByRosterId(created.roster().getId()))
                .hasSize(6)
                .filteredOn(v -> v.getKind() == VisitKind.HOME_HOSPITAL_BED).hasSize(4)
                .allSatisfy(v -> assertThat(v.isAssigned()).isFalse());
        assertThatThrownBy(() -> rosterService.create(centerId, YearMonth.of(2026, 12)))
                .isInstanceOf(RosterExistsException.class);
    }
}
