package com.carerounds.roster;

import com.carerounds.account.Access;
import com.carerounds.center.HealthCenterRepository;
import com.carerounds.contract.Contract;
import com.carerounds.contract.ContractRepository;
import com.carerounds.elder.ElderRepository;
import com.carerounds.policy.PolicyAdministration;
import com.carerounds.policy.VisitPolicy;
import com.carerounds.visit.Visit;
import com.carerounds.visit.VisitRepository;
import com.carerounds.visit.VisitStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates a month's roster for a center with the visits its elders need. */
@Service
public class RosterService {

    private final HealthCenterRepository centers;
    private final ElderRepository elders;
    private final ContractRepository contracts;
    private final PolicyAdministration policies;
    private final RosterRepository rosters;
    private final VisitRepository visits;
    private final Clock clock;
    private final Access access;
    private final RosterRevisions revisions;
    private final RosterInputsLoader loader;
    private final CrossCovers crossCovers;
    private final MonthDemand monthDemand;
    private final HardRules hardRules;

    public RosterService(HealthCenterRepository centers, ElderRepository elders, ContractRepository contracts,
                         PolicyAdministration policies, RosterRepository rosters, VisitRepository visits,
                         Clock clock, Access access, RosterRevisions revisions, RosterInputsLoader loader,
                         CrossCovers crossCovers, MonthDemand monthDemand, HardRules hardRules) {
        this.hardRules = hardRules;
        this.loader = loader;
        this.crossCovers = crossCovers;
        this.monthDemand = monthDemand;
        this.access = access;
        this.revisions = revisions;
        this.centers = centers;
        this.elders = elders;
        this.contracts = contracts;
        this.policies = policies;
        this.rosters = rosters;
        this.visits = visits;
        this.clock = clock;
    }

    public record Created(Roster roster, int visits, List<DemandIssue> issues) {
    }

    /** The roster's center, once the signed-in user is checked to work there (another center's: 404). */
    @Transactional(readOnly = true)
    public Long centerOf(Long rosterId) {
        return rosters.findById(rosterId).filter(roster -> access.worksAt(roster.getCenterId()))
                .orElseThrow(() -> new RosterNotFoundException(rosterId)).getCenterId();
    }

    public java.util.Optional<Roster> rosterOf(Long centerId, YearMonth month) {
        return rosters.findByCenterIdAndMonthStart(centerId, month.atDay(1));
    }

    /**
     * Releases a planned roster to the teams as its next revision: doctors see these visits from now on
     * (until the next publication), and the answer says what changed for each team against the last.
     * A plan that breaks a hard rule is refused with each rule broken ({@link HardRules}), and nothing changes.
     */
    @Transactional
    public RosterRevisions.Publication publish(Long rosterId) {
        Roster roster = rosters.findById(rosterId).orElseThrow(() -> new RosterNotFoundException(rosterId));
        if (roster.getStatus() != RosterStatus.SOLVED && roster.getStatus() != RosterStatus.INTERRUPTED) {
            throw new RosterStateException("roster " + rosterId + " is " + roster.getStatus()
                    + "; only a planned roster (SOLVED or INTERRUPTED) can be published");
        }
        List<Visit> planned = visits.findByRosterId(rosterId);
        if (roster.isPublished()) {
            requireWhatHappenedUnchanged(roster, planned);
        }
        RosterPlanMapper.Inputs in = loader.load(rosterId);
        hardRules.require(roster, in, planned);
        RosterRevisions.Publication publication = revisions.publish(roster, planned, clock.instant(), crossCovers.of(in));
        roster.published(publication.revision());
        rosters.save(roster);
        return publication;
    }

    /** What publishing the roster's plan as it stands would tell each team: a draft's proposal. */
    @Transactional(readOnly = true)
    public List<RosterRevisions.TeamChanges> pending(Long rosterId) {
        Roster roster = rosters.findById(rosterId).orElseThrow(() -> new RosterNotFoundException(rosterId));
        return revisions.pending(roster, visits.findByRosterId(rosterId), crossCovers.of(loader.load(rosterId)));
    }

    /**
     * A draft planned before some visits happened (outcomes recorded, days gone by) may not replace
     * where they happened: such a draft is solved again first, which starts from the published revision.
     */
    private void requireWhatHappenedUnchanged(Roster roster, List<Visit> planned) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, RosterPlanMapper.PublishedPlace> published = revisions.places(roster.getId(), roster.getPublishedRevision());
        // A cancelled visit did not happen: the draft takes it off the teams' lists.
        List<Long> changed = planned.stream().filter(visit -> visit.getStatus() != VisitStatus.CANCELLED).filter(visit -> {
            RosterPlanMapper.PublishedPlace place = published.get(visit.getId());
            boolean happened = visit.getStatus() != VisitStatus.PLANNED
                    || (place != null && place.date().isBefore(today))
                    || (visit.isAssigned() && visit.getVisitDate().isBefore(today));
            return happened && (place == null || !place.isWhere(visit));
        }).map(Visit::getId).sorted().limit(20).toList();
        if (!changed.isEmpty()) {
            throw new RosterStateException("roster " + roster.getId() + "'s draft changes visits that have happened "
                    + "since it was planned (" + changed + "); solve it again before publishing");
        }
    }

    @Transactional
    public Created create(Long centerId, YearMonth month) {
        if (!centers.existsById(centerId)) {
            throw new IllegalArgumentException("no health center " + centerId);
        }
        rosters.findByCenterIdAndMonthStart(centerId, month.atDay(1)).ifPresent(existing -> {
            throw new RosterExistsException(existing.getId(), month);
        });
        VisitPolicy policy = policies.policyOf(centerId);
        Roster roster = rosters.save(new Roster(centerId, month, clock.instant()));
        Map<Long, List<Contract>> contractsByElder = contracts.findByCenterId(centerId).stream()
                .collect(Collectors.groupingBy(Contract::getElderId));
        VisitDemand.Result demand = new VisitDemand(policy, month)
                .visitsFor(roster.getId(), elders.findByCenterId(centerId), contractsByElder);
        visits.saveAll(demand.visits());
        int carried = monthDemand.prepare(roster).size();
        return new Created(roster, demand.visits().size() + carried, demand.issues());
    }
}
