package com.carerounds.solver;

import static com.carerounds.solver.Fixtures.team;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * Elders' time windows hold through a whole solve, construction and search: every visit with a window
 * starts inside it, the team waiting when it is early, and visits whose windows cannot all be kept on
 * one day spread over the days that can.
 */
class TimeWindowSolveTest {

    @Test
    void everyVisitStartsInsideItsWindow() {
        PlanningTeam team = team(1, 0);
        List<TeamDay> days = new ArrayList<>();
        for (int day = 0; day < 10; day++) {
            days.add(Fixtures.day(team, day, 480, 8));
        }
        days.add(Fixtures.holding(team));
        List<PlanningVisit> visits = new ArrayList<>();
        long id = 1;
        for (long elder = 1; elder <= 12; elder++) {
            for (int n = 1; n <= 2; n++) {
                PlanningVisit visit = new PlanningVisit(id++, elder, n, new Point(elder, elder), 1, 0, 30 * 60, 1, 0, 3, 5);
                // Four elders only 14:00-17:00 (the start by 16:30), four only 08:30-09:30, four any time.
                if (elder <= 4) {
                    visit.withWindow(14 * 3600, 16 * 3600 + 30 * 60);
                } else if (elder <= 8) {
                    visit.withWindow(8 * 3600 + 30 * 60, 9 * 3600);
                }
                visits.add(visit);
            }
        }
        RosterPlan problem = new RosterPlan(Fixtures.FIRST_DAY, 10, List.of(team), days, visits, new RosterWeights());

        RosterPlan solved = SolverFactory.<RosterPlan>create(Fixtures.solverConfig(2_000)).buildSolver().solve(problem);

        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.getScore().mediumScore()).as("every visit placed").isZero();
        assertThat(solved.getVisits()).filteredOn(v -> v.getWindowStart() != PlanningVisit.NO_WINDOW)
                .hasSize(16)
                .allSatisfy(v -> assertThat(v.serviceStart()).as("%s", v)
                        .isBetween(v.getWindowStart(), v.getWindowEnd()));
        // One morning visit a day: the first starts at 08:30, the next could not before 09:10.
        assertThat(solved.getVisits()).filteredOn(v -> v.getWindowEnd() == 9 * 3600)
                .extracting(PlanningVisit::dayIndex).hasSize(8).doesNotHaveDuplicates();
    }
}
