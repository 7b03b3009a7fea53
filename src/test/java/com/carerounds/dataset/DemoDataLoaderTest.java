package com.carerounds.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.carerounds.center.HealthCenterRepository;
import com.carerounds.contract.ContractRepository;
import com.carerounds.elder.Elder;
import com.carerounds.elder.ElderRepository;
import com.carerounds.team.Capacity;
import com.carerounds.team.Skill;
import com.carerounds.team.Team;
import com.carerounds.team.TeamRepository;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The demo center a new user sees on the first start, and that a restart keeps their changes. */
@SpringBootTest(properties = "carerounds.demo.enabled=true")
@ActiveProfiles("test")
class DemoDataLoaderTest {

    @Autowired DemoDataLoader loader;
    @Autowired HealthCenterRepository centers;
    @Autowired TeamRepository teams;
    @Autowired ElderRepository elders;
    @Autowired ContractRepository contracts;

    @Test
    void theDemoCenterIsLoadedOnceWithARealisticAdlMix() {
        assertThat(centers.count()).isEqualTo(1);
        Long centerId = centers.findAll().get(0).getId();
        List<Team> demoTeams = teams.findByCenterIdOrderByCode(centerId);
        assertThat(demoTeams).hasSize(6)
                .allSatisfy(team -> assertThat(team.skills()).contains(Skill.GENERAL_PRACTICE, Skill.NURSING));
        List<Elder> demoElders = elders.findByCenterId(centerId);
        assertThat(demoElders).hasSizeBetween(280, 320);
        assertThat(contracts.findByCenterId(centerId)).hasSizeGreaterThanOrEqualTo(demoElders.size());

        long homeHospitalBeds = demoElders.stream()
                .filter(e -> e.latestAssessment().orElseThrow().score() < 45).count();
        assertThat(homeHospitalBeds / (double) demoElders.size()).as("share with ADL under 45").isBetween(0.18, 0.32);

        // An administrator's change survives a restart: running the loader again changes nothing.
        Team edited = demoTeams.get(0);
        edited.changeCapacity(new Capacity(123, 5));
        teams.save(edited);
        loader.run(new DefaultApplicationArguments());

        assertThat(centers.count()).isEqualTo(1);
        assertThat(elders.count()).isEqualTo(demoElders.size());
        assertThat(teams.findById(edited.getId()).orElseThrow().getCapacity()).isEqualTo(new Capacity(123, 5));
    }
}
