package com.carerounds.capacity;

import com.carerounds.contract.ContractChangeListener;
import com.carerounds.contract.ContractChanged;
import com.carerounds.contract.ContractImpact;
import com.carerounds.elder.ElderVisitTimesChanged;
import com.carerounds.roster.MonthDemand;
import com.carerounds.roster.Roster;
import com.carerounds.roster.RosterChecker;
import com.carerounds.roster.RosterInputsLoader;
import com.carerounds.roster.RosterPlanMapper;
import com.carerounds.roster.RosterRepository;
import com.carerounds.roster.RosterStatus;
import com.carerounds.team.Team;
import com.carerounds.team.TeamAvailabilityChanged;
import com.carerounds.team.TeamRepository;
import com.carerounds.visit.Visit;
import com.carerounds.visit.VisitStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a change of a team's capacity, leave or working days, of an elder's visit times or of an elder's
 * contracts does to the plans of its rosters: the planned visits that no longer fit, and each roster holding
 * some is marked as needing a re-plan, so a published roster never stays published while its plan no longer
 * holds.
 */
@Service
public class PlanImpact implements ContractChangeListener {

    /** A plan in these states is kept as it is; one being solved gets the change with its next solve. */
    private static final Set<RosterStatus> PLANNED = Set.of(RosterStatus.SOLVED, RosterStatus.PUBLISHED,
            RosterStatus.INTERRUPTED, RosterStatus.NEEDS_REPLAN);

    private final RosterRepository rosters;
    private final RosterInputsLoader loader;
    private final RosterChecker checker;
    private final TeamRepository teams;
    private final Clock clock;

    public PlanImpact(RosterRepository rosters, RosterInputsLoader loader, RosterChecker checker, TeamRepository teams,
                      Clock clock) {
        this.rosters = rosters;
        this.loader = loader;
        this.checker = checker;
        this.teams = teams;
        this.clock = clock;
    }

    /**
     * The team's planned visits from {@code from} to {@code to} (null: from then on) that no longer fit
     * its days, from today on (what happened stays where it was); rosters holding some need a re-plan.
     */
    @Transactional
    public List<CapacityImpact.Displaced> noLongerFit(Team team, LocalDate from, LocalDate to) {
        return displaced(team.getCenterId(), from, to, (in, report, visit) -> report.overflowing().contains(visit.getId())
                && visit.getTeamId().equals(team.getId()), in -> false);
    }

    /** Which planned visits of a roster a change no longer holds, from the roster's inputs and check. */
    @FunctionalInterface
    private interface Breaks {
        boolean test(RosterPlanMapper.Inputs in, RosterChecker.Report report, Visit visit);
    }

    /**
     * Goes through the center's planned rosters covering {@code from}–{@code to}: the planned visits from
     * then on (and from today) that {@code breaks} picks out of the roster's check, each roster holding
     * some, or {@code lacking} visits it will ask for at its next solve, marked as needing a re-plan.
     */
    private List<CapacityImpact.Displaced> displaced(Long centerId, LocalDate from, LocalDate to, Breaks breaks,
                                                     Predicate<RosterPlanMapper.Inputs> lacking) {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = from == null || from.isBefore(today) ? today : from;
        List<CapacityImpact.Displaced> displaced = new ArrayList<>();
        for (Roster roster : rosters.findByCenterIdOrderByMonthStartDesc(centerId)) {
            if (!concerns(roster, start, to)) {
                continue;
            }
            // Against the capacity as set: what a re-plan's overtime would absorb is still told, not hidden in it.
            RosterPlanMapper.Inputs in = loader.load(roster.getId()).withOvertimeMinutes(0);
            RosterChecker.Report report = checker.check(in, in.visits());
            List<Visit> ofRoster = in.visits().stream()
                    .filter(v -> v.isAssigned() && v.getStatus() == VisitStatus.PLANNED && breaks.test(in, report, v)
                            && !v.getVisitDate().isBefore(start) && (to == null || !v.getVisitDate().isAfter(to)))
                    .sorted(Comparator.comparing(Visit::getVisitDate).thenComparing(Visit::getRoutePosition))
                    .toList();
            ofRoster.forEach(v -> displaced.add(new CapacityImpact.Displaced(roster.getId(), v.getId(), v.getVisitDate(),
                    v.getElderId(), in.elders().get(v.getElderId()).getPerson().name())));
            if ((!ofRoster.isEmpty() || lacking.test(in)) && roster.getStatus() != RosterStatus.NEEDS_REPLAN) {
                roster.changeStatus(RosterStatus.NEEDS_REPLAN);
                rosters.save(roster);
            }
        }
        return displaced;
    }

    /** A planned roster whose month has days from {@code start} to {@code to} (null: open-ended). */
    static boolean concerns(Roster roster, LocalDate start, LocalDate to) {
        YearMonth month = roster.month();
        return PLANNED.contains(roster.getStatus()) && !month.atEndOfMonth().isBefore(start)
                && (to == null || !month.atDay(1).isAfter(to));
    }

    /** A change of an elder's window or weekdays: their planned visits from its date on that no longer keep them. */
    @EventListener
    public void on(ElderVisitTimesChanged changed) {
        displaced(changed.centerId(), changed.from(), null, (in, report, visit) -> visit.getElderId().equals(changed.elderId())
                && report.outsideVisitTimes().contains(visit.getId()), in -> false);
    }

    /**
     * A contract change from its date on: the elder's planned visits from today on, in the change's month
     * and later, outside the contract of their month (after its end, or before the start of the one the
     * month now goes by), and, from the change's date, those left with the team the elder moved from, which
     * is no longer the contracted one. A month the elder is now under contract in without its visits needs a
     * re-plan too: that adds them.
     */
    @Override
    public List<ContractImpact.Displaced> on(ContractChanged changed) {
        Long elderId = changed.elderId();
        YearMonth first = YearMonth.from(changed.from());
        // From today: in a month the change reaches, a visit outside the contract breaks the plan whatever its date.
        return displaced(changed.centerId(), first.atDay(1), null, (in, report, visit) -> visit.getElderId().equals(elderId)
                        && (report.outsideContract().contains(visit.getId()) || visit.getTeamId().equals(changed.teamBefore())
                        && !visit.getVisitDate().isBefore(changed.from()) && !in.withContractedTeam(visit)),
                in -> in.contractByElder().containsKey(elderId) && !MonthDemand.withMonthVisits(in.visits()).contains(elderId))
                .stream().map(d -> new ContractImpact.Displaced(d.rosterId(), d.visitId(), d.date(), d.elderId(), d.elderName()))
                .toList();
    }

    /** A change of leave or working days through the team's record. */
    @EventListener
    public void on(TeamAvailabilityChanged changed) {
        teams.findById(changed.teamId()).ifPresent(team -> noLongerFit(team, LocalDate.now(clock), null));
    }
}
