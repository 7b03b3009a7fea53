package com.carerounds.roster;

import java.time.Clock;
import org.springframework.test.context.bean.override.convention.TestBean;
import static org.assertj.core.api.Assertions.assertThat;

import com.carerounds.center.HealthCenterRepository;
import com.carerounds.elder.Elder;
import com.carerounds.solver.TravelModel;
import com.carerounds.team.Capacity;
import com.carerounds.team.MemberRole;
import com.carerounds.team.Team;
import com.carerounds.visit.Visit;
import com.carerounds.visit.VisitKind;
import com.carerounds.visit.VisitStatus;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The checker's priority-inversion audit on the demo center's month, arranged by hand: a waiting
 * home-hospital-bed visit that could take a routine visit's place is found; one that waits for a good
 * reason (the team lacks the nurse, the elder's other visit is too close, the day has no time for the
 * longer visit) is not.
 */
@SpringBootTest(properties = {"carerounds.demo.enabled=true", "spring.application.name=roster-checker"})
@ActiveProfiles("test")
class RosterCheckerTest {

    @TestBean(methodName = "com.carerounds.TestToday#beforeTheMonth") Clock clock;

    private static final YearMonth MONTH = YearMonth.of(2026, 12);

    @Autowired HealthCenterRepository centers;
    @Autowired RosterService rosterService;
    @Autowired RosterInputsLoader loader;
    @Autowired RosterChecker checker;
    @Autowired TravelModel travel;

    private static Long rosterId;

    @BeforeEach
    void month() {
        if (rosterId == null) {
            rosterId = rosterService.create(centers.findAll().get(0).getId(), MONTH).roster().getId();
        }
    }

    /**
     * The month with nothing planned but one routine visit of priority 1, of the elder nearest the center, on
     * a team's first day, and a home-hospital-bed visit that could be made that day.
     */
    private record Arranged(RosterPlanMapper.Inputs in, Team team, LocalDate date, Visit routine, Visit bed) {
    }

    private Arranged arranged() {
        RosterPlanMapper.Inputs in = loader.load(rosterId);
        assertThat(in.visits()).noneMatch(Visit::isAssigned);
        Team team = in.teams().get(0);
        LocalDate date = new TeamAvailability(in.calendar()).days(team, MONTH).get(0).date();
        Predicate<Visit> plain = v -> {
            Elder elder = in.elders().get(v.getElderId());
            return elder.getUnavailableDates().isEmpty() && in.contractByElder().get(v.getElderId()).activeOn(date)
                    && elder.visitTimesOn(date).allow(date, LocalTime.of(10, 0), v.getDurationMinutes())
                    && v.getRequiredSkills().coveredBy(team.skills()) && v.getDueBy() == null;
        };
        Visit routine = in.visits().stream()
                .filter(v -> v.getKind() == VisitKind.ROUTINE && plain.test(v) && priority(in, v) == 1)
                .min(Comparator.comparingLong(v -> travel.distance(RosterPlanMapper.point(in.center().getLocation()),
                        RosterPlanMapper.point(in.elders().get(v.getElderId()).getLocation()))))
                .orElseThrow();
        // Of an elder with other visits this month, for the minimum gap.
        Visit bed = in.visits().stream().filter(v -> v.getKind() == VisitKind.HOME_HOSPITAL_BED && plain.test(v))
                .filter(v -> in.visits().stream().filter(o -> o.getElderId().equals(v.getElderId())).count() > 1)
                .min(Comparator.comparing(Visit::getId)).orElseThrow();
        // Straight from the center, as a solve would time it.
        long meters = travel.distance(RosterPlanMapper.point(in.center().getLocation()),
                RosterPlanMapper.point(in.elders().get(routine.getElderId()).getLocation()));
        int arrival = in.center().getVisitStart().toSecondOfDay()
                + TravelModel.secondsAt(meters, team.getTravelMode().kilometersPerHour());
        routine.plan(team.getId(), date, LocalTime.ofSecondOfDay(arrival), 0);
        return new Arranged(in, team, date, routine, bed);
    }

    private static int priority(RosterPlanMapper.Inputs in, Visit visit) {
        return in.policy().priorityOf(visit.getKind() == VisitKind.HOME_HOSPITAL_BED,
                in.elders().get(visit.getElderId()).getCategories());
    }

    private List<RosterChecker.PriorityInversion> inversionsOf(Arranged month, Visit waiting) {
        return checker.check(month.in(), month.in().visits()).inversions().stream()
                .filter(inversion -> inversion.waitingVisitId().equals(waiting.getId())).toList();
    }

    @Test
    void aWaitingHomeBedThatCouldTakeARoutineVisitsPlaceIsAnInversion() {
        Arranged month = arranged();

        RosterChecker.Report report = checker.check(month.in(), month.in().visits());

        assertThat(inversionsOf(month, month.bed())).singleElement().satisfies(inversion -> {
            assertThat(inversion.placedVisitId()).isEqualTo(month.routine().getId());
            assertThat(inversion.homeHospitalBed()).isTrue();
            assertThat(inversion.teamId()).isEqualTo(month.team().getId());
            assertThat(inversion.date()).isEqualTo(month.date());
            assertThat(inversion.waitingPriority()).isGreaterThan(inversion.placedPriority());
        });
        assertThat(report.homeHospitalBedInversions()).isPositive();
        assertThat(report.homeHospitalBedUnassigned()).isEqualTo((int) month.in().visits().stream()
                .filter(v -> v.getKind() == VisitKind.HOME_HOSPITAL_BED).count());
        assertThat(report.inversions()).as("nobody takes the place of a visit that happened")
                .allSatisfy(inversion -> assertThat(inversion.placedVisitId()).isEqualTo(month.routine().getId()));
        month.routine().recordOutcome(VisitStatus.DONE, null, null, java.time.Instant.now());
        assertThat(checker.check(month.in(), month.in().visits()).inversions()).isEmpty();
    }

    @Test
    void aWaitingVisitOfLowerOrEqualPriorityIsNoInversion() {
        Arranged month = arranged();

        assertThat(checker.check(month.in(), month.in().visits()).inversions())
                .allSatisfy(inversion -> assertThat(inversion.waitingPriority()).isGreaterThan(1));
    }

    @Test
    void aHomeBedWaitsForGoodReasonWhenTheTeamHasNoNurse() {
        Arranged month = arranged();
        month.team().replaceMembers(month.team().getMembers().stream().filter(m -> m.role() != MemberRole.NURSE).toList());

        assertThat(inversionsOf(month, month.bed())).isEmpty();
    }

    @Test
    void aHomeBedWaitsForGoodReasonWhenTheElderIsSeenTooCloseToTheDay() {
        Arranged month = arranged();
        Visit sibling = month.in().visits().stream()
                .filter(v -> v.getElderId().equals(month.bed().getElderId()) && v != month.bed()).findFirst().orElseThrow();
        Team other = month.in().teams().get(1);
        sibling.plan(other.getId(), month.date().plusDays(1), LocalTime.of(10, 0), 0);

        assertThat(inversionsOf(month, month.bed())).isEmpty();
    }

    /** What a refused publication lists: each rule broken by its id, with the visits and the team day. */
    @Test
    void eachBrokenRuleNamesItsRuleItsVisitsAndItsTeamDay() {
        Arranged month = arranged();
        Visit sibling = month.in().visits().stream()
                .filter(v -> v.getElderId().equals(month.bed().getElderId()) && v != month.bed()).findFirst().orElseThrow();
        // The home-hospital-bed visit and its sibling on two days in a row; then the first on a Sunday as well.
        month.bed().plan(month.team().getId(), month.date(), LocalTime.of(13, 0), 1);
        sibling.plan(month.team().getId(), month.date().plusDays(1), LocalTime.of(10, 0), 0);
        month.team().overrideCapacity(month.date(), new Capacity(380, 1));

        List<RosterChecker.Violation> breaks = checker.check(month.in(), month.in().visits()).breaks();

        assertThat(breaks).anySatisfy(v -> {
            assertThat(v.rule()).isEqualTo("max-visits");
            assertThat(v.visitIds()).containsExactly(month.routine().getId(), month.bed().getId());
            assertThat(v.teamId()).isEqualTo(month.team().getId());
            assertThat(v.date()).isEqualTo(month.date());
        });
        assertThat(breaks).anySatisfy(v -> {
            assertThat(v.rule()).isEqualTo("minimum-gap");
            assertThat(v.visitIds()).containsExactly(month.bed().getId(), sibling.getId());
        });
        LocalDate sunday = month.date().with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.SUNDAY));
        sibling.plan(month.team().getId(), sunday, LocalTime.of(10, 0), 0);
        assertThat(checker.check(month.in(), month.in().visits()).breaks()).anySatisfy(v -> {
            assertThat(v.rule()).isEqualTo(RosterChecker.TEAM_DAY);
            assertThat(v.visitIds()).containsExactly(sibling.getId());
            assertThat(v.date()).isEqualTo(sunday);
        });
    }

    @Test
    void aHomeBedWaitsForGoodReasonWhenTheDayHasNoTimeForTheLongerVisit() {
        Arranged month = arranged();
        // The day's limit cut to the routine visit's route: the nearest elder's, so no other round trip is shorter,
        // and the home-hospital-bed visit is longer.
        RosterChecker.RouteTime route = checker.check(month.in(), month.in().visits()).routes().stream()
                .filter(r -> r.teamId().equals(month.team().getId()) && r.date().equals(month.date())).findFirst().orElseThrow();
        month.team().overrideCapacity(month.date(), new Capacity((route.routeSeconds() + 59) / 60, 9));
        assertThat(checker.check(month.in(), month.in().visits()).violations()).as("the routine visit still fits").isEmpty();

        assertThat(inversionsOf(month, month.bed())).isEmpty();
    }

    /** A re-plan of a published roster may run a day past its capacity by the overtime allowed, and no further. */
    @Test
    void aDayPastItsCapacityIsOvertimeWithinTheAllowanceAndABrokenRulePastIt() {
        Arranged month = arranged();
        RosterChecker.RouteTime route = checker.check(month.in(), month.in().visits()).routes().stream()
                .filter(r -> r.teamId().equals(month.team().getId()) && r.date().equals(month.date())).findFirst().orElseThrow();
        int routeMinutes = (route.routeSeconds() + 59) / 60;
        // The day's capacity cut to 10 minutes less than the route takes.
        month.team().overrideCapacity(month.date(), new Capacity(routeMinutes - 10, 9));
        RosterPlanMapper.Inputs firstPlan = month.in();
        RosterPlanMapper.Inputs replan = new RosterPlanMapper.Inputs(firstPlan.center(), firstPlan.policy(), firstPlan.month(),
                firstPlan.teams(), firstPlan.elders(), firstPlan.contractByElder(), firstPlan.calendar(), firstPlan.visits(),
                firstPlan.published(), 30);
        RosterPlanMapper.Inputs tight = new RosterPlanMapper.Inputs(firstPlan.center(), firstPlan.policy(), firstPlan.month(),
                firstPlan.teams(), firstPlan.elders(), firstPlan.contractByElder(), firstPlan.calendar(), firstPlan.visits(),
                firstPlan.published(), 5);

        RosterChecker.Report withoutOvertime = checker.check(firstPlan, firstPlan.visits());
        assertThat(withoutOvertime.breaks()).extracting(RosterChecker.Violation::rule).contains("day-capacity");
        assertThat(withoutOvertime.overflowing()).contains(month.routine().getId());
        RosterChecker.Report within = checker.check(replan, replan.visits());
        assertThat(within.breaks()).isEmpty();
        assertThat(within.overflowing()).isEmpty();
        assertThat(within.overtimeSeconds()).isBetween(9 * 60L, 10 * 60L);
        assertThat(checker.check(tight, tight.visits()).violations()).singleElement().asString()
                .contains("min after the day's limit and its 5 min of overtime");
    }
}
