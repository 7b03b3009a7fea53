package com.carerounds.roster;

import com.carerounds.calendar.CalendarDayRepository;
import com.carerounds.calendar.WorkingCalendar;
import com.carerounds.center.HealthCenterRepository;
import com.carerounds.contract.Contract;
import com.carerounds.contract.ContractRepository;
import com.carerounds.elder.Elder;
import com.carerounds.elder.CenterElders;
import com.carerounds.policy.PolicyAdministration;
import com.carerounds.policy.VisitPolicy;
import com.carerounds.settings.CareRoundsSettings;
import com.carerounds.team.TeamRepository;
import com.carerounds.visit.RosterVisits;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads what a roster's plan is made from, in one transaction. */
@Component
public class RosterInputsLoader {

    private final HealthCenterRepository centers;
    private final TeamRepository teams;
    private final CenterElders elders;
    private final ContractRepository contracts;
    private final PolicyAdministration policies;
    private final CalendarDayRepository calendar;
    private final RosterRepository rosters;
    private final RosterVisits visits;
    private final RosterRevisions revisions;
    private final int overtimeMinutes;

    public RosterInputsLoader(HealthCenterRepository centers, TeamRepository teams, CenterElders elders,
                              ContractRepository contracts, PolicyAdministration policies,
                              CalendarDayRepository calendar, RosterRepository rosters, RosterVisits visits,
                              RosterRevisions revisions, CareRoundsSettings settings) {
        this.revisions = revisions;
        this.overtimeMinutes = settings.replan().overtimeMinutes();
        this.centers = centers;
        this.teams = teams;
        this.elders = elders;
        this.contracts = contracts;
        this.policies = policies;
        this.calendar = calendar;
        this.rosters = rosters;
        this.visits = visits;
    }

    @Transactional(readOnly = true)
    public RosterPlanMapper.Inputs load(Long rosterId) {
        Roster roster = rosters.findById(rosterId).orElseThrow(() -> new RosterNotFoundException(rosterId));
        Long centerId = roster.getCenterId();
        YearMonth month = roster.month();
        VisitPolicy policy = policies.policyOf(centerId);
        VisitDemand demand = new VisitDemand(policy, month);
        Map<Long, List<Contract>> contractsByElder = contracts.findByCenterId(centerId).stream()
                .collect(Collectors.groupingBy(Contract::getElderId));
        Map<Long, Contract> contractByElder = contractsByElder.entrySet().stream()
                .flatMap(e -> demand.contractIn(e.getValue()).stream().map(c -> Map.entry(e.getKey(), c)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<Long, Elder> elderById = elders.of(centerId).stream()
                .collect(Collectors.toMap(Elder::getId, Function.identity()));
        List<com.carerounds.visit.Visit> rosterVisits = visits.of(rosterId);
        return new RosterPlanMapper.Inputs(centers.findById(centerId).orElseThrow(), policy, month,
                teams.findByCenterIdOrderByCode(centerId), elderById, contractByElder,
                WorkingCalendar.loader(calendar).apply(month), rosterVisits, published(roster),
                roster.isPublished() ? overtimeMinutes : 0);
    }

    /** Where the doctors have each visit: the roster's published revision, if any. */
    private Map<Long, RosterPlanMapper.PublishedPlace> published(Roster roster) {
        return roster.isPublished() ? revisions.places(roster.getId(), roster.getPublishedRevision()) : Map.of();
    }
}
