package com.carerounds.capacity;

import com.carerounds.policy.PolicyAdministration;
import com.carerounds.roster.Roster;
import com.carerounds.roster.RosterRepository;
import com.carerounds.roster.RosterSolvingService;
import com.carerounds.settings.CareRoundsSettings;
import com.carerounds.solver.PlanningVisit;
import com.carerounds.solver.RosterPlan;
import com.carerounds.solver.SearchSizing;
import com.carerounds.visit.Visit;
import com.carerounds.visit.VisitKind;
import com.carerounds.visit.VisitRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.springframework.stereotype.Component;

/**
 * A capacity or leave change tried, not made: each planned roster it concerns as it is, and after a quick
 * re-plan with the change, the one a solve would make (same mapping, same constraints and weights, the
 * search cut short by steps: {@code carerounds.what-if.*}). Nothing is saved.
 */
@Component
class WhatIf {

    private final RosterRepository rosters;
    private final RosterSolvingService solving;
    private final PolicyAdministration policies;
    private final VisitRepository visits;
    private final SolverConfig solverConfig;
    private final CareRoundsSettings.WhatIf settings;
    private final Clock clock;

    WhatIf(RosterRepository rosters, RosterSolvingService solving, PolicyAdministration policies, VisitRepository visits,
           SolverConfig solverConfig, CareRoundsSettings settings, Clock clock) {
        this.rosters = rosters;
        this.solving = solving;
        this.policies = policies;
        this.visits = visits;
        this.solverConfig = solverConfig;
        this.settings = settings.whatIf();
        this.clock = clock;
    }

    /** A roster's visits as they are, and the plan a re-plan with the change would start from. */
    record Trial(Roster roster, List<Visit> today, RosterPlan plan) {
    }

    /**
     * In the transaction that made the change (and rolls it back): the center's planned rosters covering
     * {@code from}–{@code to} (null: open-ended) from today on, but those being solved.
     */
    List<Trial> prepare(Long centerId, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = from.isBefore(today) ? today : from;
        List<Trial> trials = new ArrayList<>();
        for (Roster roster : rosters.findByCenterIdOrderByMonthStartDesc(centerId)) {
            if (PlanImpact.concerns(roster, start, to) && !solving.isSolving(roster.getId())) {
                List<Visit> now = visits.findByRosterId(roster.getId());
                trials.add(new Trial(roster, now, solving.planOf(roster.getId(), policies.weightsOf(centerId))));
            }
        }
        return trials;
    }

    /** Each trial's quick re-plan, against its roster as it is. */
    List<CapacityImpact.Coverage> replan(List<Trial> trials) {
        List<CapacityImpact.Coverage> coverage = new ArrayList<>();
        for (Trial trial : trials) {
            RosterPlan plan = trial.plan();
            RosterPlan solved = SolverFactory.<RosterPlan>create(SearchSizing.sizedFor(quick(), plan.reachableVisitCount()))
                    .buildSolver().solve(plan);
            Map<Long, Visit> stored = trial.today().stream().collect(Collectors.toMap(Visit::getId, Function.identity()));
            int unassigned = 0;
            int bedsUnassigned = 0;
            int moved = 0;
            for (PlanningVisit visit : solved.getVisits()) {
                Visit now = stored.get(visit.getId());
                if (!visit.isAssigned()) {
                    unassigned++;
                    bedsUnassigned += now.getKind() == VisitKind.HOME_HOSPITAL_BED ? 1 : 0;
                } else if (now.isAssigned() && (visit.getTeamDay().getTeam().id() != now.getTeamId()
                        || !visit.getTeamDay().getDate().equals(now.getVisitDate()))) {
                    moved++;
                }
            }
            coverage.add(new CapacityImpact.Coverage(trial.roster().getId(), trial.roster().month(), plan(trial.today()),
                    new CapacityImpact.Plan(solved.getVisits().size(), unassigned, bedsUnassigned), moved));
        }
        return coverage;
    }

    private static CapacityImpact.Plan plan(List<Visit> visits) {
        List<Visit> unassigned = visits.stream().filter(v -> !v.isAssigned()).toList();
        return new CapacityImpact.Plan(visits.size(), unassigned.size(),
                (int) unassigned.stream().filter(v -> v.getKind() == VisitKind.HOME_HOSPITAL_BED).count());
    }

    /** The roster solver's configuration, its local search ending by steps, the time limit only a guard. */
    private SolverConfig quick() {
        TerminationConfig steps = new TerminationConfig().withStepCountLimit(settings.steps())
                .withUnimprovedStepCountLimit(settings.unimprovedSteps());
        List<PhaseConfig> phases = solverConfig.getPhaseConfigList().stream()
                .map(phase -> phase instanceof LocalSearchPhaseConfig localSearch
                        ? (PhaseConfig) localSearch.copyConfig().withTerminationConfig(steps) : phase)
                .collect(Collectors.toList());
        return solverConfig.copyConfig().withPhaseList(phases)
                .withTerminationConfig(new TerminationConfig().withSpentLimit(settings.timeLimit()));
    }
}
