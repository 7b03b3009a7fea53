package com.carerounds.roster;

import com.carerounds.contract.Contract;
import com.carerounds.contract.ContractRepository;
import com.carerounds.elder.Elder;
import com.carerounds.elder.ElderRepository;
import com.carerounds.policy.PolicyAdministration;
import com.carerounds.visit.Visit;
import com.carerounds.visit.VisitRepository;
import com.carerounds.visit.VisitStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a month's roster asks for beyond the demand it was created with. An elder whose contract came into
 * force after the roster was created gets the month's visits at its next solve, pro-rated to the days
 * under contract. A missed visit leaves the elder's month short. Each solve of a roster offers a make-up visit for every
 * missed visit that has none, which the solver places later in the month where the minimum gap and
 * capacity allow. What a month could not make up (a missed visit without a make-up, or a make-up left
 * unplaced) is carried into the next month's visit demand ({@link VisitDemand#carried}) when that month
 * is created or solved: a visit naming the missed one, and so its reason; the unplaced make-up is then
 * cancelled as carried forward, so that the shortfall is owed once.
 */
@Component
public class MonthDemand {

    /** Why a make-up left unplaced was cancelled: the next month's roster makes it up. */
    public static final String CARRIED_FORWARD = "CARRIED_FORWARD";

    private final VisitRepository visits;
    private final RosterRepository rosters;
    private final ContractRepository contracts;
    private final PolicyAdministration policies;
    private final ElderRepository elders;

    public MonthDemand(VisitRepository visits, RosterRepository rosters, ContractRepository contracts,
                       PolicyAdministration policies, ElderRepository elders) {
        this.elders = elders;
        this.visits = visits;
        this.rosters = rosters;
        this.contracts = contracts;
        this.policies = policies;
    }

    /**
     * Adds to the roster the visits of elders contracted since it was created, the make-ups of its missed
     * visits and what the month before still owes; answers those added.
     */
    @Transactional
    public List<Visit> prepare(Roster roster) {
        List<Visit> own = visits.findByRosterId(roster.getId());
        Map<Long, Integer> lastNumbers = new HashMap<>();
        own.forEach(v -> lastNumbers.merge(v.getElderId(), v.getVisitNumber(), Math::max));
        Map<Long, List<Contract>> contractsByElder = contracts.findByCenterId(roster.getCenterId()).stream()
                .collect(Collectors.groupingBy(Contract::getElderId));
        VisitDemand demand = new VisitDemand(policies.policyOf(roster.getCenterId()), roster.month());
        Set<Long> withMonthVisits = withMonthVisits(own);
        List<Elder> contractedSince = elders.findAllById(contractsByElder.entrySet().stream()
                .filter(e -> !withMonthVisits.contains(e.getKey()) && demand.contractIn(e.getValue()).isPresent())
                .map(Map.Entry::getKey).toList());
        List<Visit> added = new ArrayList<>(demand.visitsFor(roster.getId(), contractedSince, contractsByElder).visits());
        for (Visit missed : withoutMakeUp(own)) {
            added.add(Visit.makingUp(missed, roster.getId(), lastNumbers.merge(missed.getElderId(), 1, Integer::sum)));
        }
        // A month still being solved may yet place its make-ups: it is asked again at the next solve.
        rosters.findByCenterIdAndMonthStart(roster.getCenterId(), roster.month().minusMonths(1).atDay(1))
                .filter(previous -> previous.getStatus() != RosterStatus.SOLVING)
                .ifPresent(previous -> added.addAll(carry(previous, demand, contractsByElder, roster, lastNumbers)));
        return visits.saveAll(added);
    }

    /**
     * The elders the roster has the month's visits for (an urgent visit is not one of them): an elder under
     * contract in the month without them gets them at the roster's next solve.
     */
    public static Set<Long> withMonthVisits(List<Visit> own) {
        return own.stream().filter(v -> v.getDueBy() == null).map(Visit::getElderId).collect(Collectors.toSet());
    }

    /** What the month before owes, as visits of this roster; its unplaced make-ups are cancelled as carried. */
    private List<Visit> carry(Roster previous, VisitDemand demand, Map<Long, List<Contract>> contractsByElder,
                              Roster roster, Map<Long, Integer> lastNumbers) {
        List<Visit> before = visits.findByRosterId(previous.getId());
        List<Visit> unplaced = before.stream().filter(v -> v.getMakesUpVisitId() != null
                && v.getStatus() == VisitStatus.PLANNED && !v.isAssigned()).toList();
        Map<Long, Visit> owed = new LinkedHashMap<>();
        visits.findAllById(unplaced.stream().map(Visit::getMakesUpVisitId).toList())
                .forEach(missed -> owed.put(missed.getId(), missed));
        withoutMakeUp(before).forEach(missed -> owed.put(missed.getId(), missed));
        if (owed.isEmpty()) {
            return List.of();
        }
        List<Visit> carried = demand.carried(roster.getId(), owed.values(), contractsByElder, lastNumbers);
        Set<Long> carriedFor = carried.stream().map(Visit::getMakesUpVisitId).collect(Collectors.toSet());
        List<Long> superseded = unplaced.stream().filter(v -> carriedFor.contains(v.getMakesUpVisitId()))
                .map(Visit::getId).toList();
        if (!superseded.isEmpty()) {
            visits.cancel(superseded, CARRIED_FORWARD);
        }
        return carried;
    }

    /** The missed visits among these that no visit, in any roster, makes up for yet. */
    private List<Visit> withoutMakeUp(List<Visit> of) {
        Map<Long, Visit> missed = of.stream().filter(v -> v.getStatus() == VisitStatus.MISSED)
                .collect(Collectors.toMap(Visit::getId, Function.identity()));
        if (missed.isEmpty()) {
            return List.of();
        }
        visits.findByMakesUpVisitIdIn(missed.keySet()).forEach(makeUp -> missed.remove(makeUp.getMakesUpVisitId()));
        return List.copyOf(missed.values());
    }
}
