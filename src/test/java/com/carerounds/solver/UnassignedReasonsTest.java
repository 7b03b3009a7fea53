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

class UnassignedReasonsTest {

    private final PlanningTeam contracted = team(1, NURSING);
    private final PlanningTeam other = team(2, 0);

    private PlanningVisit waiting(int skills, long unavailable, int minGap) {
        return new PlanningVisit(System.nanoTime(), 10, 1, new Point(3, 3), 1, skills, 2700, 17, unavailable, minGap, 7);
    }

    private UnassignedReason reasonFor(PlanningVisit visit, List<PlanningTeam> teams, List<TeamDay> days) {
        List<TeamDay> all = new ArrayList<>(days);
        all.add(route(holding(teams.get(0)), visit));
        RosterPlan plan = new RosterPlan(Fixtures.FIRST_DAY, 31, teams, all, List.of(visit), new RosterWeights());
        return UnassignedReasons.of(plan).get(visit.getId());
    }

    @Test
    void noTeamHasTheSkill() {
        assertThat(reasonFor(waiting(1 << 3, 0, 1), List.of(contracted, other), List.of(day(contracted, 0))))
                .isEqualTo(UnassignedReason.NO_TEAM_WITH_SKILL);
    }

    @Test
    void theElderIsAwayOnEveryWorkingDay() {
        assertThat(reasonFor(waiting(NURSING, 0b11, 1), List.of(contracted), List.of(day(contracted, 0), day(contracted, 1))))
                .isEqualTo(UnassignedReason.NO_ALLOWED_DAY);
    }

    @Test
    void theAvailableDaysCannotHoldTheVisitsFarEnoughApart() {
        PlanningVisit first = waiting(NURSING, 0, 4);
        PlanningVisit second = new PlanningVisit(first.getId() + 1, 10, 2, new Point(3, 3), 1, NURSING, 2700, 17, 0, 4, 7);
        List<TeamDay> days = new ArrayList<>(List.of(day(contracted, 0), day(contracted, 2)));
        days.add(route(holding(contracted), first, second));
        RosterPlan plan = new RosterPlan(Fixtures.FIRST_DAY, 31, List.of(contracted), days, List.of(first, second),
                new RosterWeights());
        assertThat(UnassignedReasons.of(plan)).containsValue(UnassignedReason.GAP_UNSATISFIABLE);
    }

    @Test
    void aVisitMadeCountsOnlyForTheGapItKeepsNotAsAVisitStillToSpace() {
        // Done on day 0 (a fixed day), one visit left to place 4 days apart: day 5 is open but full, so the
        // teams are full, not the gap; with day 2 as the only open day, the gap keeps it off.
        PlanningVisit done = new PlanningVisit(System.nanoTime(), 10, 1, new Point(3, 3), 1, NURSING, 2700, 17, 0, 4, 7);
        PlanningVisit left = new PlanningVisit(done.getId() + 1, 10, 2, new Point(3, 3), 1, NURSING, 2700, 17, 0, 4, 7);
        for (int open : new int[] {5, 2}) {
            List<TeamDay> days = new ArrayList<>(List.of(route(Fixtures.fixedDay(contracted, 0, 480, 5), done),
                    day(contracted, open)));
            days.add(route(holding(contracted), left));
            RosterPlan plan = new RosterPlan(Fixtures.FIRST_DAY, 31, List.of(contracted), days, List.of(done, left),
                    new RosterWeights());
            assertThat(UnassignedReasons.of(plan).get(left.getId())).as("open day %s", open)
                    .isEqualTo(open == 5 ? UnassignedReason.CONTRACTED_TEAM_FULL : UnassignedReason.GAP_UNSATISFIABLE);
        }
    }

    @Test
    void onlyTheContractedTeamHasTheSkillAndItIsFull() {
        assertThat(reasonFor(waiting(NURSING, 0, 1), List.of(contracted, other), List.of(day(contracted, 0), day(other, 0))))
                .isEqualTo(UnassignedReason.CONTRACTED_TEAM_FULL);
    }

    @Test
    void everyTeamWithTheSkillIsFull() {
        assertThat(reasonFor(waiting(0, 0, 1), List.of(contracted, other), List.of(day(contracted, 0), day(other, 0))))
                .isEqualTo(UnassignedReason.CAPACITY_EXHAUSTED);
    }

    @Test
    void aVisitNoTeamCanReachAndBeBackFromWithinTheHoursIsOutOfReach() {
        // 08:00–18:00, five hours each way: a 45-minute visit there and back takes 10 h 45 min.
        TravelModel far = new TravelModel() {
            @Override
            public long distance(Point from, Point to) {
                return from.equals(to) ? 0 : 150_000;
            }

            @Override
            public int seconds(Point from, Point to, PlanningTeam team) {
                return from.equals(to) ? 0 : 5 * 3600;
            }
        };
        TeamDay day = TeamDay.working(900, contracted, Fixtures.FIRST_DAY, 0, Fixtures.CENTER, 8 * 3600, 18 * 3600,
                600 * 60, 10, Integer.MAX_VALUE, far);
        PlanningVisit visit = waiting(NURSING, 0, 1);
        assertThat(day.canReach(visit)).isFalse();
        assertThat(reasonFor(visit, List.of(contracted), List.of(day))).isEqualTo(UnassignedReason.OUT_OF_REACH);

        TeamDay longerHours = TeamDay.working(901, contracted, Fixtures.FIRST_DAY, 0, Fixtures.CENTER, 7 * 3600,
                18 * 3600, 600 * 60, 10, Integer.MAX_VALUE, far);
        assertThat(longerHours.canReach(visit)).as("10 h 45 min fit into 07:00–18:00").isTrue();
        assertThat(reasonFor(visit, List.of(contracted), List.of(longerHours)))
                .as("in reach but beyond the day's capacity").isEqualTo(UnassignedReason.CONTRACTED_TEAM_FULL);
    }

    @Test
    void spacedDaysCountsAGreedyChoice() {
        assertThat(UnassignedReasons.spacedDays(0b1111111, 3)).isEqualTo(3);
        assertThat(UnassignedReasons.spacedDays(0b0000101, 3)).isEqualTo(1);
    }
}
