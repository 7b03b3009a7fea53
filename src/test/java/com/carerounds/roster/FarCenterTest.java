package com.carerounds.roster;

import java.time.Clock;
import org.springframework.test.context.bean.override.convention.TestBean;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.carerounds.center.HealthCenter;
import com.carerounds.center.HealthCenterRepository;
import com.carerounds.geo.Location;
import com.carerounds.solver.RosterWeights;
import com.carerounds.solver.UnassignedReason;
import com.carerounds.testing.StepLimitedSolves;
import com.carerounds.visit.Visit;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A center moved far from its elders (longitude -1.0, a typo for 121.0) is issue 13's finding 5: every
 * save of a re-solve crashed on a planned time past midnight and the roster ended INTERRUPTED, and a
 * draft's visits were all called CAPACITY_EXHAUSTED. Now each such visit is left unassigned as out of
 * reach, and no stored time leaves its day.
 */
@SpringBootTest(properties = {"carerounds.demo.enabled=true", "optaplanner.solver.termination.spent-limit=120s",
        "optaplanner.solver.termination.unimproved-spent-limit=120s", "carerounds.test.local-search-steps=300",
        "spring.application.name=far-center"})
@Import(StepLimitedSolves.class)
@ActiveProfiles("test")
class FarCenterTest {

    @TestBean(methodName = "com.carerounds.TestToday#beforeTheMonth") Clock clock;

    @Autowired HealthCenterRepository centers;
    @Autowired RosterService rosters;
    @Autowired RosterSolvingService solving;
    @Autowired RosterInputsLoader loader;

    @Test
    void aCenterMovedFarFromItsEldersLeavesTheirVisitsOutOfReachInsteadOfBreakingTheSave() {
        HealthCenter center = centers.findAll().get(0);
        Long planned = rosters.create(center.getId(), YearMonth.of(2026, 12)).roster().getId();
        solveAndWait(planned);
        assertThat(loader.load(planned).visits()).anyMatch(Visit::isAssigned);

        center.update(center.getName(), center.getAddress(), new Location(center.getLocation().latitude(), -1.0),
                center.getVisitStart(), center.getVisitEnd());
        centers.save(center);

        Long draft = rosters.create(center.getId(), YearMonth.of(2027, 1)).roster().getId();
        for (Long rosterId : List.of(planned, draft)) {
            solveAndWait(rosterId);
            assertThat(solving.status(rosterId).rosterStatus()).as("roster %s", rosterId).isEqualTo(RosterStatus.SOLVED);
            assertThat(loader.load(rosterId).visits()).isNotEmpty().allSatisfy(visit -> {
                assertThat(visit.isAssigned()).isFalse();
                assertThat(visit.getPlannedStart()).isNull();
                assertThat(visit.getUnassignedReason()).isEqualTo(UnassignedReason.OUT_OF_REACH.name());
            });
        }
    }

    private void solveAndWait(Long rosterId) {
        solving.start(rosterId, new RosterWeights());
        await().atMost(Duration.ofSeconds(90)).until(() -> solving.status(rosterId).rosterStatus() != RosterStatus.SOLVING);
    }
}
