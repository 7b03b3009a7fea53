package com.carerounds.solver;

import static com.carerounds.solver.Fixtures.NURSING;
import static com.carerounds.solver.Fixtures.day;
import static com.carerounds.solver.Fixtures.holding;
import static com.carerounds.solver.Fixtures.route;
import static com.carerounds.solver.Fixtures.team;
import static com.carerounds.solver.Fixtures.visit;

import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/** One test per constraint: what it penalizes, by how much, and what it leaves alone. */
class RosterConstraintProviderTest {

    private final ConstraintVerifier<RosterConstraintProvider, RosterPlan> verifier = ConstraintVerifier.build(
            new RosterConstraintProvider(), RosterPlan.class, TeamDay.class, PlanningVisit.class);
    private final RosterWeights weights = new RosterWeights();
    private final PlanningTeam contracted = team(1, 0);
    private final PlanningTeam nurses = team(2, NURSING);

    @Test
    void requiredSkills() {
        PlanningVisit bed = visit(10, NURSING, 45, 17, 4, 7);
        PlanningVisit nursed = visit(11, NURSING, 45, 17, 4, 7);
        verifier.verifyThat(RosterConstraintProvider::requiredSkills)
                .given(weights, route(day(contracted, 0), bed), route(day(nurses, 0), nursed), bed, nursed)
                .penalizesBy(1);
    }

    @Test
    void elderUnavailable() {
        PlanningVisit away = new PlanningVisit(1001, 10, 1, new Point(5, 5), 1, 0, 1800, 1, 1L << 3, 1, 1);
        PlanningVisit home = new PlanningVisit(1002, 11, 1, new Point(6, 6), 1, 0, 1800, 1, 1L << 4, 1, 1);
        verifier.verifyThat(RosterConstraintProvider::elderUnavailable)
                .given(weights, route(day(contracted, 3), away, home), away, home)
                .penalizesBy(1);
    }

    @Test
    void dayNotAllowed() {
        PlanningVisit ended = visit(10).withAllowedDays(0b0111);
        PlanningVisit current = visit(11).withAllowedDays(0b1111);
        verifier.verifyThat(RosterConstraintProvider::dayNotAllowed)
                .given(weights, route(day(contracted, 3), ended, current), ended, current)
                .penalizesBy(1);
    }

    @Test
    void visitPattern() {
        // Tuesday-Thursday or Wednesday-Friday of a week starting Monday (day 0).
        VisitPatterns tueThuOrWedFri = new VisitPatterns(10, 0b01010, 0b10100);
        PlanningVisit tuesday = visit(10).withPatterns(tueThuOrWedFri);
        PlanningVisit friday = visit(10).withPatterns(tueThuOrWedFri);
        VisitPatterns sameChoice = new VisitPatterns(11, 0b01010, 0b10100);
        PlanningVisit wednesday = visit(11).withPatterns(sameChoice);
        PlanningVisit alsoFriday = visit(11).withPatterns(sameChoice);
        verifier.verifyThat(RosterConstraintProvider::visitPattern)
                .given(weights, route(day(contracted, 1), tuesday), route(day(contracted, 2), wednesday),
                        route(day(contracted, 4), friday, alsoFriday), tuesday, friday, wednesday, alsoFriday)
                .penalizesBy(1);
    }

    @Test
    void visitPatternLeavesPartlyPlannedEldersAndEldersWithoutPatternsAlone() {
        VisitPatterns mondayWednesday = new VisitPatterns(10, 0b00101);
        PlanningVisit monday = visit(10).withPatterns(mondayWednesday);
        PlanningVisit unplanned = visit(10).withPatterns(mondayWednesday);
        PlanningVisit free = visit(11);
        PlanningVisit alsoFree = visit(11);
        verifier.verifyThat(RosterConstraintProvider::visitPattern)
                .given(weights, route(day(contracted, 0), monday, free), route(day(contracted, 3), alsoFree),
                        route(holding(contracted), unplanned), monday, unplanned, free, alsoFree)
                .penalizesBy(0);
    }

    @Test
    void minimumGap() {
        PlanningVisit first = visit(10, 0, 30, 1, 4, 7);
        PlanningVisit tooSoon = visit(10, 0, 30, 1, 4, 7);
        PlanningVisit otherElder = visit(11, 0, 30, 1, 4, 7);
        PlanningVisit farEnough = visit(12, 0, 30, 1, 4, 7);
        PlanningVisit later = visit(12, 0, 30, 1, 4, 7);
        verifier.verifyThat(RosterConstraintProvider::minimumGap)
                .given(weights, route(day(contracted, 0), first, otherElder, farEnough),
                        route(day(contracted, 1), tooSoon), route(day(contracted, 5), later),
                        first, tooSoon, otherElder, farEnough, later)
                .penalizesBy(3);
    }

    @Test
    void sameDayCountsAsNoGapAtAll() {
        PlanningVisit a = visit(10, 0, 30, 1, 4, 7);
        PlanningVisit b = visit(10, 0, 30, 1, 4, 7);
        verifier.verifyThat(RosterConstraintProvider::minimumGap)
                .given(weights, route(day(contracted, 2), a, b), a, b)
                .penalizesBy(4);
    }

    @Test
    void dayCapacity() {
        // 10 min out, 30 + 30 min of visits with 10 min between, 10 min back: 90 min in a 75-minute day.
        PlanningVisit a = visit(10);
        PlanningVisit b = visit(11);
        PlanningVisit roomy = visit(12);
        verifier.verifyThat(RosterConstraintProvider::dayCapacity)
                .given(weights, route(day(contracted, 0, 75, 10), a, b), route(day(contracted, 1, 60, 10), roomy),
                        a, b, roomy)
                .penalizesBy(15);
    }

    @Test
    void dayCapacityLeavesTheOvertimeAReplanAllowsToTheOvertimeConstraint() {
        // 90 min in a 75-minute day: within 10 min of overtime 5 min are still over, within 20 none.
        PlanningVisit a = visit(10);
        PlanningVisit b = visit(11);
        PlanningVisit c = visit(12);
        PlanningVisit d = visit(13);
        verifier.verifyThat(RosterConstraintProvider::dayCapacity)
                .given(weights, route(day(contracted, 0, 75, 10).withOvertimeAllowance(10 * 60), a, b),
                        route(day(contracted, 1, 75, 10).withOvertimeAllowance(20 * 60), c, d), a, b, c, d)
                .penalizesBy(5);
    }

    @Test
    void overtimeCountsEachMinutePastTheCapacityWithinTheAllowance() {
        // 90 min in a 75-minute day: 15 min of overtime within 20, 10 within 10 (the rest is day-capacity's),
        // none on a day within its capacity or without overtime.
        PlanningVisit a = visit(10);
        PlanningVisit b = visit(11);
        PlanningVisit c = visit(12);
        PlanningVisit d = visit(13);
        PlanningVisit roomy = visit(14);
        PlanningVisit e = visit(15);
        PlanningVisit f = visit(16);
        verifier.verifyThat(RosterConstraintProvider::overtime)
                .given(weights, route(day(contracted, 0, 75, 10).withOvertimeAllowance(20 * 60), a, b),
                        route(day(contracted, 1, 75, 10).withOvertimeAllowance(10 * 60), c, d),
                        route(day(contracted, 2, 60, 10).withOvertimeAllowance(20 * 60), roomy),
                        route(day(contracted, 3, 75, 10), e, f), a, b, c, d, roomy, e, f)
                .penalizesBy(25);
    }

    @Test
    void maxVisits() {
        PlanningVisit a = visit(10);
        PlanningVisit b = visit(11);
        PlanningVisit c = visit(12);
        PlanningVisit d = visit(13);
        verifier.verifyThat(RosterConstraintProvider::maxVisits)
                .given(weights, route(day(contracted, 0, 480, 1), a, b, c), route(day(contracted, 1, 480, 1), d),
                        a, b, c, d)
                .penalizesBy(2);
    }

    @Test
    void timeWindow() {
        // Arrives at 08:10; must start by 08:00 at the latest, so 10 minutes late. The other may wait.
        PlanningVisit late = visit(10).withWindow(7 * 3600, 8 * 3600);
        PlanningVisit early = visit(11).withWindow(10 * 3600, 11 * 3600);
        verifier.verifyThat(RosterConstraintProvider::timeWindow)
                .given(weights, route(day(contracted, 0), late), route(day(contracted, 1), early), late, early)
                .penalizesBy(10);
    }

    @Test
    void loadCapacity() {
        PlanningVisit a = visit(10).withLoad(3);
        PlanningVisit b = visit(11).withLoad(4);
        TeamDay day = TeamDay.working(500, contracted, Fixtures.FIRST_DAY, 0, Fixtures.CENTER, 8 * 3600, 18 * 3600,
                480 * 60, 10, 5, Fixtures.TEN_MINUTES);
        verifier.verifyThat(RosterConstraintProvider::loadCapacity)
                .given(weights, route(day, a, b), a, b)
                .penalizesBy(2);
    }

    @Test
    void unassignedVisitCostsItsPriority() {
        PlanningVisit bed = visit(10, NURSING, 45, 17, 4, 7);
        PlanningVisit routine = visit(11, 0, 30, 2, 7, 15);
        PlanningVisit planned = visit(12, 0, 30, 2, 7, 15);
        verifier.verifyThat(RosterConstraintProvider::unassigned)
                .given(weights, route(holding(contracted), bed, routine), route(day(contracted, 0), planned),
                        bed, routine, planned)
                .penalizesBy(19);
    }

    @Test
    void continuity() {
        PlanningVisit covered = visit(10);
        PlanningVisit own = visit(11);
        verifier.verifyThat(RosterConstraintProvider::continuity)
                .given(weights, route(day(nurses, 0), covered), route(day(contracted, 0), own), covered, own)
                .penalizesBy(1);
    }

    @Test
    void travelTime() {
        PlanningVisit a = visit(10);
        PlanningVisit b = visit(11);
        PlanningVisit waiting = visit(12);
        verifier.verifyThat(RosterConstraintProvider::travelTime)
                .given(weights, route(day(contracted, 0), a, b), route(holding(contracted), waiting), a, b, waiting)
                .penalizesBy(3 * Fixtures.LEG_SECONDS);
    }

    @Test
    void evenSpacing() {
        PlanningVisit first = visit(10, 0, 30, 1, 2, 7);
        PlanningVisit second = visit(10, 0, 30, 1, 2, 7);
        PlanningVisit third = visit(10, 0, 30, 1, 2, 7);
        // Days 0, 4 and 14: 0–4 is 3 days short of 7 (9), 4–14 and 0–14 are far enough.
        verifier.verifyThat(RosterConstraintProvider::evenSpacing)
                .given(weights, route(day(contracted, 0), first), route(day(contracted, 4), second),
                        route(day(contracted, 14), third), first, second, third)
                .penalizesBy(9);
    }

    @Test
    void balancedDays() {
        PlanningVisit a = visit(10, 0, 30, 1, 1, 1);
        PlanningVisit b = visit(11, 0, 45, 1, 1, 1);
        PlanningVisit c = visit(12, 0, 30, 1, 1, 1);
        verifier.verifyThat(RosterConstraintProvider::balancedDays)
                .given(weights, route(day(contracted, 0), a, b), route(day(contracted, 1), c), a, b, c)
                .penalizesBy(75 * 75 / 10 + 30 * 30 / 10);
    }

    @Test
    void balancedTeams() {
        PlanningVisit a = visit(10, 0, 30, 1, 1, 1);
        PlanningVisit b = visit(11, 0, 45, 1, 1, 1);
        PlanningVisit c = visit(12, 0, 30, 1, 1, 1);
        verifier.verifyThat(RosterConstraintProvider::balancedTeams)
                .given(weights, route(day(contracted, 0), a), route(day(contracted, 3), b), route(day(nurses, 0), c),
                        a, b, c)
                .penalizesBy(75 * 75 / 20 + 30 * 30 / 20);
    }

    @Test
    void preferredHalfDay() {
        PlanningVisit morning = visit(10).withPreferredHalfDay(HalfDay.MORNING);
        PlanningVisit afternoon = visit(11).withPreferredHalfDay(HalfDay.AFTERNOON);
        PlanningVisit any = visit(12);
        // All three are visited in the morning, from 08:10.
        verifier.verifyThat(RosterConstraintProvider::preferredHalfDay)
                .given(weights, route(day(contracted, 0), morning, afternoon, any), morning, afternoon, any)
                .penalizesBy(1);
    }

    @Test
    void minimalChangePenalizesEachPublishedVisitMovedOrDroppedBySoonness() {
        // Each leg takes ten minutes and each visit thirty: the first visit of a day starts at 08:10, the second at 08:50.
        PlanningVisit kept = visit(10).withPublished(1, 2, 8 * 3600 + 600, 5);
        PlanningVisit retimed = visit(11).withPublished(1, 2, 9 * 3600, 3);
        PlanningVisit otherTeam = visit(12).withPublished(1, 2, 8 * 3600 + 600, 11);
        PlanningVisit otherDay = visit(13).withPublished(1, 2, 8 * 3600 + 600, 20);
        PlanningVisit dropped = visit(14).withPublished(1, 2, 9 * 3600, 7);
        PlanningVisit neverPublished = visit(15);
        verifier.verifyThat(RosterConstraintProvider::minimalChange)
                .given(weights, route(day(contracted, 2), kept, retimed), route(day(nurses, 2), otherTeam),
                        route(day(contracted, 3), otherDay, neverPublished), route(holding(contracted), dropped),
                        kept, retimed, otherTeam, otherDay, dropped, neverPublished)
                .penalizesBy(3 + 11 + 20 + 7);
    }
}
