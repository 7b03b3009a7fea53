package com.carerounds.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.carerounds.center.HealthCenterRepository;
import com.carerounds.solver.RosterWeights;
import com.carerounds.testing.StepLimitedSolves;
import com.carerounds.visit.Visit;
import java.time.Duration;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Solves wait their turn; a stop before a solve begins leaves its roster as it was. The solves here
 * end only when stopped.
 */
@SpringBootTest(properties = {"carerounds.demo.enabled=true", "optaplanner.solver.termination.spent-limit=120s",
        "optaplanner.solver.termination.unimproved-spent-limit=120s",
        "carerounds.solver.save-interval=1s", "spring.application.name=roster-queue",
        "carerounds.test.local-search-steps=100000000"})
@Import(StepLimitedSolves.class)
@ActiveProfiles("test")
class RosterSolveQueueTest {

    @Autowired HealthCenterRepository centers;
    @Autowired RosterService rosterService;
    @Autowired RosterSolvingService solving;
    @Autowired RosterInputsLoader loader;

    @Test
    void aSolveWaitsItsTurnAndAStopBeforeItStartsLeavesTheRosterAsItWas() {
        Long centerId = centers.findAll().get(0).getId();
        Long first = rosterService.create(centerId, YearMonth.of(2027, 1)).roster().getId();
        Long second = rosterService.create(centerId, YearMonth.of(2027, 2)).roster().getId();

        solving.start(first, new RosterWeights());
        solving.start(second, new RosterWeights());
        // One solve at a time by default: the second waits, already marked as solving.
        assertThat(solving.status(second).solverStatus()).isEqualTo(SolverStatus.SOLVING_SCHEDULED);
        assertThat(solving.status(second).rosterStatus()).isEqualTo(RosterStatus.SOLVING);

        await().atMost(Duration.ofSeconds(30)).until(() -> solving.status(first).score() != null);
        solving.stop(second);
        // A waiting solve stops at once, not when the one before it ends.
        assertThat(solving.status(second).solverStatus()).isEqualTo(SolverStatus.NOT_SOLVING);
        assertThat(solving.status(second).rosterStatus()).isEqualTo(RosterStatus.DRAFT);
        assertThat(solving.status(first).solverStatus()).isEqualTo(SolverStatus.SOLVING_ACTIVE);
        solving.stop(first);
        await().atMost(Duration.ofSeconds(60)).until(() -> solving.status(first).solverStatus() == SolverStatus.NOT_SOLVING
                && solving.status(second).solverStatus() == SolverStatus.NOT_SOLVING);

        assertThat(solving.status(first).rosterStatus()).isEqualTo(RosterStatus.SOLVED);
        assertThat(loader.load(first).visits()).anyMatch(Visit::isAssigned);
        assertThat(solving.status(second).rosterStatus()).isEqualTo(RosterStatus.DRAFT);
        assertThat(loader.load(second).visits()).isNotEmpty().noneMatch(Visit::isAssigned);
    }
}
