package com.carerounds.roster;

import java.time.Clock;
import org.springframework.test.context.bean.override.convention.TestBean;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.carerounds.center.HealthCenterRepository;
import com.carerounds.solver.GeoTravelModel;
import com.carerounds.solver.RosterConstraint;
import com.carerounds.solver.RosterWeights;
import com.carerounds.testing.StepLimitedSolves;
import com.carerounds.visit.Visit;
import com.carerounds.visit.VisitKind;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The demo center's month solved end to end: every hard rule holds by an independent check. */
@SpringBootTest(properties = {"carerounds.demo.enabled=true", "optaplanner.solver.termination.spent-limit=120s",
        "optaplanner.solver.termination.unimproved-spent-limit=120s",
        "carerounds.solver.save-interval=1s", "spring.application.name=roster-solving"})
@Import(StepLimitedSolves.class)
@ActiveProfiles("test")
class RosterSolvingServiceTest {

    @TestBean(methodName = "com.carerounds.TestToday#beforeTheMonth") Clock clock;

    @Autowired HealthCenterRepository centers;
    @Autowired RosterService rosterService;
    @Autowired RosterSolvingService solving;
    @Autowired RosterInputsLoader loader;

    @Test
    void solvesTheDemoMonthIntoAFeasibleRoster() {
        Long centerId = centers.findAll().get(0).getId();
        Long rosterId = rosterService.create(centerId, YearMonth.of(2026, 12)).roster().getId();

        solving.start(rosterId, new RosterWeights());
        assertThat(solving.status(rosterId).secondsLeft()).as("time left under the 120 s limit").isBetween(0L, 120L);
        assertThatThrownBy(() -> solving.start(rosterId, new RosterWeights()))
                .isInstanceOf(SolveInProgressException.class);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> solving.status(rosterId).rosterStatus() != RosterStatus.SOLVING);
        assertThat(solving.status(rosterId).rosterStatus()).isEqualTo(RosterStatus.SOLVED);
        assertThat(solving.status(rosterId).secondsLeft()).isNull();

        RosterPlanMapper.Inputs solved = loader.load(rosterId);
        RosterChecker.Report report = new RosterChecker(new GeoTravelModel(1.3)).check(solved, solved.visits());
        assertThat(report.violations()).isEmpty();
        List<Visit> visits = solved.visits();
        assertThat(visits).filteredOn(v -> v.getKind() == VisitKind.HOME_HOSPITAL_BED)
                .allSatisfy(v -> assertThat(v.isAssigned()).as("home hospital bed visit %s", v.getId()).isTrue());
        assertThat(report.unassigned()).isLessThanOrEqualTo(visits.size() / 50);
        assertThat(visits).filteredOn(v -> !v.isAssigned())
                .allSatisfy(v -> assertThat(v.getUnassignedReason()).isNotBlank());
        assertThat(report.travelMinutesPerVisit()).isBetween(0.5, 20.0);

        List<ConstraintScore> explanation = solving.explain(rosterId, new RosterWeights());
        assertThat(explanation).extracting(ConstraintScore::constraint)
                .contains(RosterConstraint.TRAVEL_TIME.displayName(), RosterConstraint.BALANCED_DAYS.displayName())
                .doesNotContain(RosterConstraint.REQUIRED_SKILLS.displayName(), RosterConstraint.DAY_CAPACITY.displayName(), RosterConstraint.MINIMUM_GAP.displayName());
        assertThat(explanation).filteredOn(c -> c.constraint().equals(RosterConstraint.TRAVEL_TIME.displayName())).singleElement()
                .satisfies(travel -> assertThat(travel.visitIds()).hasSize(report.assigned()));
        assertThat(explanation).filteredOn(c -> c.constraint().equals(RosterConstraint.UNASSIGNED.displayName()))
                .allSatisfy(unassigned -> assertThat(unassigned.matches()).isEqualTo(report.unassigned()));

        // The checker is what benchmarks trust: it must catch a broken roster on its own.
        List<Visit> twoOfOneElder = visits.stream().filter(Visit::isAssigned)
                .collect(java.util.stream.Collectors.groupingBy(Visit::getElderId)).values().stream()
                .filter(list -> list.size() >= 2).findFirst().orElseThrow();
        Visit moved = twoOfOneElder.get(0);
        Visit sameElder = twoOfOneElder.get(1);
        moved.plan(moved.getTeamId(), LocalDate.of(2026, 12, 6), moved.getPlannedStart(), 0);
        sameElder.plan(sameElder.getTeamId(), LocalDate.of(2026, 12, 7), sameElder.getPlannedStart(), 0);
        assertThat(new RosterChecker(new GeoTravelModel(1.3)).check(solved, visits).violations())
                .anyMatch(v -> v.contains("2026-12-06: the team does not work that day"))
                .anyMatch(v -> v.contains("visits 1 days apart"));
    }
}
