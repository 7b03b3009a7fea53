package com.carerounds.solver;

import static com.carerounds.solver.Fixtures.NURSING;
import static com.carerounds.solver.Fixtures.team;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;

/** The first roster, before local search: contracted team first, spread out, full days respected. */
class ContractedTeamFirstConstructionTest {

    private RosterPlan construct(List<PlanningTeam> teams, List<TeamDay> days, List<PlanningVisit> visits) {
        SolverConfig config = SolverConfig.createFromXmlResource("solverConfig.xml");
        // Only the construction phase: the solver stops when it is done.
        config.setPhaseConfigList(config.getPhaseConfigList().subList(0, 1));
        return SolverFactory.<RosterPlan>create(config).buildSolver()
                .solve(new RosterPlan(Fixtures.FIRST_DAY, 31, teams, days, visits, new RosterWeights()));
    }

    @Test
    void placesVisitsWithTheContractedTeamSpreadOverTheMonthAndTheRestElsewhereOrUnassigned() {
        PlanningTeam contracted = team(1, NURSING);
        PlanningTeam other = team(2, NURSING);
        List<TeamDay> days = new ArrayList<>();
        for (int day = 0; day < 28; day++) {
            // The contracted team has room for one visit a day, the other team for plenty.
            days.add(Fixtures.day(contracted, day, 70, 1));
            days.add(Fixtures.day(other, day, 480, 10));
        }
        days.add(Fixtures.holding(contracted));
        days.add(Fixtures.holding(other));
        List<PlanningVisit> visits = new ArrayList<>();
        for (int n = 1; n <= 4; n++) {
            visits.add(new PlanningVisit(100 + n, 10, n, new Point(1, 1), 1, NURSING, 45 * 60, 17, 0, 4, 7));
        }
        // A second elder on the same days competes for the contracted team's single daily slot.
        for (int n = 1; n <= 4; n++) {
            visits.add(new PlanningVisit(200 + n, 20, n, new Point(2, 2), 1, 0, 30 * 60, 1, 0, 4, 7));
        }
        // Nobody can take a visit that needs a skill no team has: it waits, unassigned.
        visits.add(new PlanningVisit(300, 30, 1, new Point(3, 3), 1, 1 << 4, 30 * 60, 1, 0, 7, 15));

        RosterPlan plan = construct(List.of(contracted, other), days, visits);

        List<PlanningVisit> bed = plan.getVisits().stream().filter(v -> v.getElderId() == 10).toList();
        assertThat(bed).allSatisfy(v -> {
            assertThat(v.isAssigned()).isTrue();
            assertThat(v.getTeamDay().getTeam().id()).as("home hospital bed goes to its contracted team").isEqualTo(1);
        });
        assertThat(bed).extracting(PlanningVisit::dayIndex).containsExactly(3, 11, 19, 27);
        assertThat(plan.getVisits().stream().filter(v -> v.getElderId() == 20))
                .allSatisfy(v -> assertThat(v.isAssigned()).isTrue());
        assertThat(plan.getVisits().stream().filter(v -> v.getId() == 300)).singleElement()
                .satisfies(v -> assertThat(v.isUnassigned()).isTrue());
        assertThat(plan.getScore().hardScore()).isZero();
    }

    @Test
    void placesTheHeaviestWorkloadFirstSoThatItFindsRoom() {
        // Team A takes two visits, B three, each 10 points. The heavy 8-point visit fits only alone with A;
        // placed last, it would find A filled by two light ones and B without 8 points left.
        PlanningTeam a = team(1, 0);
        PlanningTeam b = team(2, 0);
        List<TeamDay> days = List.of(
                TeamDay.working(1, a, Fixtures.FIRST_DAY, 0, Fixtures.CENTER, 8 * 3600, 18 * 3600, 8 * 3600, 2, 10,
                        Fixtures.TEN_MINUTES),
                TeamDay.working(2, b, Fixtures.FIRST_DAY, 0, Fixtures.CENTER, 8 * 3600, 18 * 3600, 8 * 3600, 3, 10,
                        Fixtures.TEN_MINUTES),
                Fixtures.holding(a), Fixtures.holding(b));
        List<PlanningVisit> visits = new ArrayList<>();
        for (int elder = 1; elder <= 3; elder++) {
            visits.add(new PlanningVisit(100 + elder, elder, 1, new Point(elder, 0), -1, 0, 30 * 60, 1, 0, 1, 1)
                    .withLoad(3));
        }
        PlanningVisit heavy = new PlanningVisit(104, 4, 1, new Point(4, 0), -1, 0, 30 * 60, 1, 0, 1, 1).withLoad(8);
        visits.add(heavy);

        RosterPlan plan = construct(List.of(a, b), days, visits);

        assertThat(plan.getVisits()).allSatisfy(visit -> assertThat(visit.isAssigned()).isTrue());
        TeamDay withA = plan.getTeamDays().stream().filter(day -> day.getId() == 1).findFirst().orElseThrow();
        assertThat(withA.getVisits()).extracting(PlanningVisit::getId).containsExactly(heavy.getId());
        assertThat(plan.getScore().hardScore()).isZero();
    }
}
