package com.carerounds.solver;

import static com.carerounds.solver.Fixtures.NURSING;
import static com.carerounds.solver.Fixtures.team;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;

/** When demand exceeds capacity, the roster keeps the home-hospital-bed visits and leaves out routine ones. */
class UnderSupplyTest {

    @Test
    void homeHospitalBedsKeepAllTheirVisits() {
        PlanningTeam team = team(1, NURSING);
        List<TeamDay> days = new ArrayList<>();
        for (int day = 0; day < 20; day += 2) {
            // Room for two visits a day, ten days: 20 places for 28 visits.
            days.add(Fixtures.day(team, day, 480, 2));
        }
        days.add(Fixtures.holding(team));
        List<PlanningVisit> visits = new ArrayList<>();
        long id = 1;
        for (long elder = 1; elder <= 3; elder++) {
            for (int n = 1; n <= 4; n++) {
                visits.add(new PlanningVisit(id++, elder, n, new Point(elder, elder), 1, NURSING, 45 * 60, 17, 0, 4, 5));
            }
        }
        for (long elder = 10; elder <= 17; elder++) {
            for (int n = 1; n <= 2; n++) {
                visits.add(new PlanningVisit(id++, elder, n, new Point(elder, elder), 1, 0, 30 * 60, 1, 0, 4, 10));
            }
        }
        RosterPlan problem = new RosterPlan(Fixtures.FIRST_DAY, 20, List.of(team), days, visits, new RosterWeights());

        RosterPlan solved = SolverFactory.<RosterPlan>create(Fixtures.solverConfig(2_000))
                .buildSolver().solve(problem);

        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.getVisits()).filteredOn(v -> v.getPriority() == 17)
                .allSatisfy(v -> assertThat(v.isAssigned()).as("home hospital bed %s", v).isTrue());
        List<PlanningVisit> unassigned = solved.getVisits().stream().filter(PlanningVisit::isUnassigned).toList();
        assertThat(unassigned).hasSize(8).allSatisfy(v -> assertThat(v.getPriority()).isEqualTo(1));
        assertThat(UnassignedReasons.of(solved)).hasSize(8)
                .containsValue(UnassignedReason.CONTRACTED_TEAM_FULL);
    }
}
