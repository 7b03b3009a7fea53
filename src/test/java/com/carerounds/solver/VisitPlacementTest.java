package com.carerounds.solver;

import static com.carerounds.solver.Fixtures.NURSING;
import static com.carerounds.solver.Fixtures.day;
import static com.carerounds.solver.Fixtures.holding;
import static com.carerounds.solver.Fixtures.route;
import static com.carerounds.solver.Fixtures.team;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * Places for one more visit: only where every hard rule holds (skills, allowed day, availability,
 * minimum gap, count, minutes and hours, window), scored by the roster's constraints, best first, and
 * the plan left as it was.
 */
class VisitPlacementTest {

    private final VisitPlacement placement = new VisitPlacement(SolverConfig.createFromXmlResource("solverConfig.xml"));
    private final PlanningTeam contracted = team(1, 0);
    private final PlanningTeam nurses = team(2, NURSING);
    private long ids = 5000;

    /** A 30-minute visit of an elder contracted to team 1, at its own place; {@code unavailable}: day bits. */
    private PlanningVisit visit(long elderId, int skills, long unavailable, int minGap) {
        long id = ++ids;
        return new PlanningVisit(id, elderId, 1, new Point(id, id), 1, skills, 30 * 60, 1, unavailable, minGap, 7);
    }

    private RosterPlan plan(List<TeamDay> days, List<PlanningVisit> visits) {
        List<TeamDay> all = new ArrayList<>(days);
        all.add(holding(contracted));
        all.add(holding(nurses));
        Routes.link(all);
        return new RosterPlan(Fixtures.FIRST_DAY, 31, List.of(contracted, nurses), all, new ArrayList<>(visits),
                new RosterWeights());
    }

    private static List<String> where(List<VisitPlacement.Place> places) {
        return places.stream().map(p -> p.day().getTeam().id() + "@" + p.day().getDayIndex() + "#" + p.position()).toList();
    }

    @Test
    void onlyTeamsWithTheSkillsOnDaysTheElderMayBeVisited() {
        PlanningVisit bed = visit(10, NURSING, 1L << 3, 1).withAllowedDays(~(1L << 4));
        List<TeamDay> days = List.of(day(contracted, 0), day(nurses, 0), day(nurses, 3), day(nurses, 4), day(nurses, 5));
        RosterPlan plan = plan(days, List.of(bed));

        List<VisitPlacement.Place> places = placement.places(plan, bed);

        // Not the contracted team (no nurse), not day 3 (away), not day 4 (outside the contract).
        assertThat(where(places)).containsExactlyInAnyOrder("2@0#0", "2@5#0");
    }

    @Test
    void neverCloserThanTheMinimumGapToTheElderOtherVisits() {
        PlanningVisit planned = visit(10, 0, 0, 4);
        PlanningVisit extra = visit(10, 0, 0, 4);
        List<TeamDay> days = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            days.add(d == 5 ? route(day(contracted, d), planned) : day(contracted, d));
        }
        RosterPlan plan = plan(days, List.of(planned, extra));

        assertThat(placement.places(plan, extra)).extracting(p -> p.day().getDayIndex())
                .containsExactlyInAnyOrder(0, 1, 9);
    }

    @Test
    void notOnDaysThatAreFullInCountOrMinutesOrHours() {
        PlanningVisit there = visit(11, 0, 0, 1);
        PlanningVisit alsoThere = visit(12, 0, 0, 1);
        PlanningVisit extra = visit(10, 0, 0, 1);
        // Day 0 holds its one visit; day 1 has 45 minutes, less than ten out, thirty in and ten back;
        // day 2's hours end at 08:40; day 3 is full in minutes after its visit; day 4 has room.
        TeamDay fullCount = route(day(contracted, 0, 480, 1), there);
        TeamDay shortDay = day(contracted, 1, 45, 10);
        TeamDay shortHours = TeamDay.working(900, contracted, Fixtures.FIRST_DAY.plusDays(2), 2, Fixtures.CENTER,
                8 * 3600, 8 * 3600 + 40 * 60, 480 * 60, 10, Integer.MAX_VALUE, Fixtures.TEN_MINUTES);
        TeamDay fullMinutes = route(day(contracted, 3, 80, 10), alsoThere);
        TeamDay room = day(contracted, 4);
        RosterPlan plan = plan(List.of(fullCount, shortDay, shortHours, fullMinutes, room), List.of(there, alsoThere, extra));

        assertThat(where(placement.places(plan, extra))).containsExactly("1@4#0");
    }

    @Test
    void aWindowLeavesOnlyThePositionsThatStartInsideIt() {
        PlanningVisit first = visit(11, 0, 0, 1);
        PlanningVisit second = visit(12, 0, 0, 1);
        // Team leaves at 08:00; first visit 08:10-08:40, second 08:50-09:20. A window 08:00-08:15 only
        // fits as the first visit of the day.
        PlanningVisit early = visit(10, 0, 0, 1).withWindow(8 * 3600, 8 * 3600 + 15 * 60);
        RosterPlan plan = plan(List.of(route(day(contracted, 0), first, second)), List.of(first, second, early));

        List<VisitPlacement.Place> places = placement.places(plan, early);

        assertThat(where(places)).containsExactly("1@0#0");
        assertThat(places.get(0).startSeconds()).isEqualTo(8 * 3600 + 10 * 60);
        assertThat(places.get(0).route()).extracting(VisitPlacement.Timed::visitId)
                .containsExactly(early.getId(), first.getId(), second.getId());
    }

    @Test
    void bestScoreFirstTheContractedTeamAheadAndThePlanLeftAsItWas() {
        PlanningVisit there = visit(11, 0, 0, 1);
        PlanningVisit extra = visit(10, 0, 0, 1);
        TeamDay ownDay = route(day(contracted, 2), there);
        List<TeamDay> days = List.of(day(nurses, 1), ownDay, day(nurses, 2));
        RosterPlan plan = plan(days, List.of(there, extra));
        int arrival = there.getArrivalTime();

        List<VisitPlacement.Place> places = placement.places(plan, extra);

        assertThat(places).extracting(p -> p.day().getTeam().id()).startsWith(1L);
        assertThat(places).extracting(VisitPlacement.Place::scoreChange).isSortedAccordingTo(
                java.util.Comparator.<HardMediumSoftLongScore>reverseOrder());
        // Another team costs continuity: 50,000 soft more than the contracted team's place.
        assertThat(places.get(0).scoreChange().softScore() - places.get(places.size() - 1).scoreChange().softScore())
                .isGreaterThanOrEqualTo(50_000);
        assertThat(places).allSatisfy(p -> {
            assertThat(p.scoreChange().hardScore()).isZero();
            assertThat(p.scoreChange().mediumScore()).isZero();
        });
        assertThat(extra.getTeamDay()).isNull();
        assertThat(ownDay.getVisits()).containsExactly(there);
        assertThat(there.getArrivalTime()).isEqualTo(arrival);
    }

    @Test
    void theContractedTeamsVerdict() {
        PlanningVisit bed = visit(10, NURSING, 0, 1);
        RosterPlan lacking = plan(List.of(day(contracted, 0), day(nurses, 0)), List.of(bed));
        assertThat(new ContractedTeamCheck(lacking).verdict(bed))
                .isEqualTo(new ContractedTeamCheck.Verdict(ContractedTeamCheck.Reason.LACKS_SKILL, NURSING));

        PlanningVisit routine = visit(10, 0, 1L << 1, 1);
        RosterPlan away = plan(List.of(day(contracted, 1), day(nurses, 2)), List.of(routine));
        assertThat(new ContractedTeamCheck(away).verdict(routine).reason()).isEqualTo(ContractedTeamCheck.Reason.NO_ALLOWED_DAY);

        PlanningVisit there = visit(11, 0, 0, 1);
        PlanningVisit extra = visit(10, 0, 0, 1);
        RosterPlan full = plan(List.of(route(day(contracted, 1, 480, 1), there), day(nurses, 1)), List.of(there, extra));
        assertThat(new ContractedTeamCheck(full).verdict(extra).reason()).isEqualTo(ContractedTeamCheck.Reason.FULL);

        PlanningVisit covered = visit(10, 0, 0, 1);
        RosterPlan room = plan(List.of(day(contracted, 1), route(day(nurses, 1), covered)), List.of(covered));
        assertThat(ContractedTeamCheck.crossCovers(room)).containsOnlyKeys(covered.getId())
                .containsValue(new ContractedTeamCheck.Verdict(ContractedTeamCheck.Reason.HAD_ROOM, 0));
    }
}
