package com.carerounds.event;

import com.carerounds.account.Access;
import com.carerounds.account.SignedInUser;
import com.carerounds.audit.AuditedFields;
import com.carerounds.contract.ContractAdministration;
import com.carerounds.contract.ContractRepository;
import com.carerounds.elder.Elder;
import com.carerounds.elder.ElderAdministration;
import com.carerounds.elder.ElderRepository;
import com.carerounds.kernel.ConflictException;
import com.carerounds.kernel.InvalidFieldException;
import com.carerounds.policy.PolicyAdministration;
import com.carerounds.roster.Roster;
import com.carerounds.roster.RosterNotFoundException;
import com.carerounds.roster.RosterPlanMapper;
import com.carerounds.roster.RosterRepository;
import com.carerounds.roster.RosterRevisions;
import com.carerounds.roster.RosterService;
import com.carerounds.roster.RosterSolvingService;
import com.carerounds.roster.RosterStatus;
import com.carerounds.roster.SolveInProgressException;
import com.carerounds.roster.VisitDemand;
import com.carerounds.team.Leave;
import com.carerounds.team.Team;
import com.carerounds.team.TeamAdministration;
import com.carerounds.team.TeamAudit;
import com.carerounds.visit.Visit;
import com.carerounds.visit.VisitRepository;
import com.carerounds.visit.VisitStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records the events of a roster's month and answers each with the visits it affects and a re-plan
 * proposal. The fact goes where it is already kept (team leave, the elder's unavailable dates, the
 * contract's end), the event into the month's list; then a quick re-plan ({@link RosterSolvingService#startQuick})
 * runs, the same solve as the dispatcher's, and the answer waits for it: on a published roster it is a
 * draft beside the published revision, which the doctors keep seeing until the dispatcher publishes it.
 * A roster never planned (DRAFT) gets the fact and no proposal: solving it plans with it.
 */
@Service
public class RosterEvents {

    /** The longest period one event may mark an elder away for. */
    private static final int MAX_AWAY_DAYS = 366;

    private final RosterService rosterService;
    private final RosterRepository rosters;
    private final RosterSolvingService solving;
    private final RosterRevisions revisions;
    private final PolicyAdministration policies;
    private final TeamAdministration teams;
    private final ElderAdministration elderAdministration;
    private final ElderRepository elders;
    private final ContractAdministration contractAdministration;
    private final ContractRepository contracts;
    private final VisitRepository visits;
    private final RosterEventRepository events;
    private final Access access;
    private final Clock clock;
    private final TransactionTemplate transaction;

    RosterEvents(RosterService rosterService, RosterRepository rosters, RosterSolvingService solving,
                 RosterRevisions revisions, PolicyAdministration policies, TeamAdministration teams,
                 ElderAdministration elderAdministration, ElderRepository elders,
                 ContractAdministration contractAdministration, ContractRepository contracts, VisitRepository visits,
                 RosterEventRepository events, Access access, Clock clock, TransactionTemplate transaction) {
        this.rosterService = rosterService;
        this.rosters = rosters;
        this.solving = solving;
        this.revisions = revisions;
        this.policies = policies;
        this.teams = teams;
        this.elderAdministration = elderAdministration;
        this.elders = elders;
        this.contractAdministration = contractAdministration;
        this.contracts = contracts;
        this.visits = visits;
        this.events = events;
        this.access = access;
        this.clock = clock;
        this.transaction = transaction;
    }

    /** An event as the month's list shows it; {@code to} null: open. */
    public record EventView(Long id, Long rosterId, EventKind kind, EventReason reason, Long teamId, Long elderId,
                            LocalDate from, LocalDate to, Long visitId, String notes, Instant recordedAt,
                            String recordedBy) {

        static EventView of(RosterEvent e) {
            return new EventView(e.getId(), e.getRosterId(), e.getKind(), e.getReason(), e.getTeamId(), e.getElderId(),
                    e.getFromDate(), e.getToDate(), e.getVisitId(), e.getNotes(), e.getRecordedAt(), e.getUsername());
        }
    }

    /**
     * A visit the event concerns: {@code before} where the doctors have it (the published revision; the plan
     * on a roster not yet published), {@code after} where the proposal has it (null: unassigned or
     * cancelled, {@code reason} says why).
     */
    public record Affected(Long visitId, Long elderId, String elderName, RosterRevisions.Place before,
                           RosterRevisions.Place after, VisitStatus status, String reason) {
    }

    /** The quick re-plan: a draft beside the published revision, and what publishing it would change per team. */
    public record Proposal(RosterStatus rosterStatus, Integer publishedRevision, String score, Integer unassigned,
                           List<RosterRevisions.TeamChanges> changes) {
    }

    /** {@code proposal} null: the roster was never planned, or another solve had started meanwhile. */
    public record Answer(EventView event, List<Affected> affected, Proposal proposal) {
    }

    /** The month's events in the order they were recorded. */
    public List<EventView> list(Long rosterId) {
        rosterService.centerOf(rosterId);
        return events.findByRosterIdOrderByRecordedAtAscIdAsc(rosterId).stream().map(EventView::of).toList();
    }

    /** The team's planned visits on those dates, today's too, move to other days or teams with the skills. */
    public Answer teamUnavailable(Long rosterId, EventRequests.TeamUnavailable request) {
        LocalDate to = request.to() != null ? request.to() : request.from();
        return record(rosterId, month -> {
            requireReason(request.reason(), EventKind.TEAM_UNAVAILABLE);
            if (!teams.isOfCenter(request.teamId(), month.roster().getCenterId())) {
                throw new InvalidFieldException("teamId", "no team " + request.teamId() + " at the roster's center");
            }
            month.requireComing(request.from(), to);
            Team team = teams.find(request.teamId());
            AuditedFields before = TeamAudit.of(team);
            // Dates already on leave stay as they are: leave periods of a team may not overlap.
            List<LocalDate> free = request.from().datesUntil(to.plusDays(1)).filter(d -> !team.onLeave(d)).toList();
            for (int start = 0, end; start < free.size(); start = end) {
                end = start + 1;
                while (end < free.size() && free.get(end).equals(free.get(end - 1).plusDays(1))) {
                    end++;
                }
                team.addLeave(new Leave(free.get(start), free.get(end - 1), request.reason().name()));
            }
            if (!free.isEmpty()) {
                teams.saved(team, before);
            }
            List<Long> affected = month.placed(v -> request.teamId().equals(v.teamId())
                    && !v.date().isBefore(request.from()) && !v.date().isAfter(to));
            return new Recorded(month.event(EventKind.TEAM_UNAVAILABLE, request.reason(), request.teamId(), null,
                    request.from(), to, null, request.notes()), affected);
        }, null);
    }

    /**
     * The elder cannot be visited in the period: its visits then move outside it where the minimum gap and
     * capacity allow, the others are cancelled. Days before today stay as they were, as does a day the
     * elder was visited on.
     */
    public Answer elderAway(Long rosterId, EventRequests.ElderAway request) {
        return record(rosterId, month -> {
            requireReason(request.reason(), EventKind.ELDER_AWAY);
            Elder elder = month.elder(request.elderId());
            if (request.to() != null && request.to().isBefore(request.from())) {
                throw new InvalidFieldException("to", "must be on or after from");
            }
            LocalDate until = request.to() != null ? request.to() : month.roster().month().atEndOfMonth();
            if (ChronoUnit.DAYS.between(request.from(), until) >= MAX_AWAY_DAYS) {
                throw new InvalidFieldException("to", "an elder is marked away for at most " + MAX_AWAY_DAYS + " days at a time");
            }
            LocalDate first = request.from().isBefore(month.today()) ? month.today() : request.from();
            if (until.isBefore(first) || first.isAfter(month.roster().month().atEndOfMonth())) {
                throw new InvalidFieldException(request.to() != null ? "to" : "from",
                        "the period has no day from today in the roster's month " + month.roster().month());
            }
            Set<LocalDate> visitedOn = month.visits().stream()
                    .filter(v -> v.getElderId().equals(elder.getId()) && v.getStatus() == VisitStatus.DONE)
                    .map(Visit::getVisitDate).collect(Collectors.toSet());
            elderAdministration.addUnavailableDates(elder.getId(),
                    first.datesUntil(until.plusDays(1)).filter(d -> !visitedOn.contains(d)).toList());
            List<Long> affected = month.placed(v -> elder.getId().equals(v.elderId())
                    && !v.date().isBefore(first) && !v.date().isAfter(until));
            return new Recorded(month.event(EventKind.ELDER_AWAY, request.reason(), null, elder.getId(),
                    request.from(), request.to(), null, request.notes()), affected);
        }, recorded -> {
            // What the re-plan could not move out of the period is cancelled: the elder is not there.
            List<Long> unplaced = visits.findAllById(recorded.affected()).stream()
                    .filter(v -> v.getStatus() == VisitStatus.PLANNED && !v.isAssigned()).map(Visit::getId).toList();
            if (!unplaced.isEmpty()) {
                visits.cancel(unplaced, "ELDER_AWAY");
            }
        });
    }

    /** The contract ends before {@code from}; the elder's visits from then on, in this month and later ones, are cancelled. */
    public Answer contractEnded(Long rosterId, EventRequests.ContractEnded request) {
        return record(rosterId, month -> {
            requireReason(request.reason(), EventKind.CONTRACT_ENDED);
            Elder elder = month.elder(request.elderId());
            if (request.from().isAfter(month.roster().month().atEndOfMonth())) {
                throw new InvalidFieldException("from", "is after the roster's month " + month.roster().month()
                        + ": record it on that month's roster");
            }
            contractAdministration.endBefore(elder.getId(), request.from());
            LocalDate first = request.from().isBefore(month.today()) ? month.today() : request.from();
            List<Long> cancelled = new ArrayList<>(month.planned(v -> v.elderId().equals(elder.getId())
                    && (v.date() == null || !v.date().isBefore(first))));
            rosters.findByCenterIdOrderByMonthStartDesc(month.roster().getCenterId()).stream()
                    .filter(later -> later.month().isAfter(month.roster().month()))
                    .flatMap(later -> visits.findByRosterId(later.getId()).stream())
                    .filter(v -> v.getElderId().equals(elder.getId()) && v.getStatus() == VisitStatus.PLANNED)
                    .forEach(v -> cancelled.add(v.getId()));
            if (!cancelled.isEmpty()) {
                visits.cancel(cancelled, request.reason() == EventReason.DIED ? "ELDER_DIED" : "CONTRACT_ENDED");
            }
            return new Recorded(month.event(EventKind.CONTRACT_ENDED, request.reason(), null, elder.getId(),
                    request.from(), null, null, request.notes()), cancelled);
        }, null);
    }

    /**
     * A visit to make by today plus {@code withinDays} (at the latest the month's last day), in this month's
     * roster: placed by the re-plan on a day up to then with a team that has its skills, even in the frozen
     * window, or left unassigned with the reason.
     */
    public Answer urgentVisit(Long rosterId, EventRequests.UrgentVisit request) {
        return record(rosterId, month -> {
            requireReason(request.reason(), EventKind.URGENT_VISIT);
            Roster roster = month.roster();
            if (!roster.month().equals(YearMonth.from(month.today()))) {
                throw new ConflictException("roster " + roster.getId() + " is of " + roster.month()
                        + "; an urgent visit goes into this month's roster");
            }
            Elder elder = month.elder(request.elderId());
            if (contracts.findByElderId(elder.getId()).stream().noneMatch(c -> c.activeOn(month.today()))) {
                throw new InvalidFieldException("elderId", "elder " + elder.getId() + " has no contract in force today");
            }
            if (elder.latestAssessmentOn(roster.month().atEndOfMonth()).isEmpty()) {
                throw new InvalidFieldException("elderId", "elder " + elder.getId()
                        + " has no ADL assessment: the visit cannot be planned without one");
            }
            LocalDate dueBy = month.today().plusDays(request.withinDays());
            if (dueBy.isAfter(roster.month().atEndOfMonth())) {
                dueBy = roster.month().atEndOfMonth();
            }
            int number = month.visits().stream().filter(v -> v.getElderId().equals(elder.getId()))
                    .mapToInt(Visit::getVisitNumber).max().orElse(0) + 1;
            Visit urgent = visits.save(new VisitDemand(policies.policyOf(roster.getCenterId()), roster.month())
                    .urgent(roster.getId(), elder, number, request.reason() == EventReason.NEW_HOME_HOSPITAL_BED,
                            request.skills() == null ? Set.of() : request.skills(), request.durationMinutes(), dueBy));
            return new Recorded(month.event(EventKind.URGENT_VISIT, request.reason(), null, elder.getId(),
                    month.today(), dueBy, urgent.getId(), request.notes()), List.of(urgent.getId()));
        }, null);
    }

    private static void requireReason(EventReason reason, EventKind kind) {
        if (!reason.fits(kind)) {
            throw new InvalidFieldException("reason", reason + " is not a reason for " + kind + "; one of "
                    + Arrays.stream(EventReason.values()).filter(r -> r.fits(kind)).toList());
        }
    }

    /** The event saved and the visits it affects, by id. */
    private record Recorded(RosterEvent event, List<Long> affected) {
    }

    /** A visit's team, date and start where the doctors have it, or in the plan of a roster not yet published. */
    private record Placed(Long visitId, Long elderId, Long teamId, LocalDate date, LocalTime start) {

        RosterRevisions.Place place() {
            return teamId == null ? null : new RosterRevisions.Place(teamId, date, start);
        }
    }

    /** The roster's month as the event finds it: what a fact is checked and recorded against. */
    private final class Month {

        private final Roster roster;
        private final LocalDate today;
        private final List<Visit> rosterVisits;
        private final Map<Long, Placed> placed;

        Month(Roster roster) {
            this.roster = roster;
            this.today = LocalDate.now(clock);
            this.rosterVisits = visits.findByRosterId(roster.getId());
            Map<Long, RosterPlanMapper.PublishedPlace> published = roster.isPublished()
                    ? revisions.places(roster.getId(), roster.getPublishedRevision()) : Map.of();
            this.placed = rosterVisits.stream().collect(Collectors.toMap(Visit::getId, v -> {
                RosterPlanMapper.PublishedPlace p = published.get(v.getId());
                return roster.isPublished()
                        ? new Placed(v.getId(), v.getElderId(), p == null ? null : p.teamId(), p == null ? null : p.date(),
                                p == null ? null : p.start())
                        : new Placed(v.getId(), v.getElderId(), v.getTeamId(), v.getVisitDate(), v.getPlannedStart());
            }));
        }

        Roster roster() { return roster; }
        LocalDate today() { return today; }
        List<Visit> visits() { return rosterVisits; }

        /** The dates are of the roster's month and not gone by (what happened stands). */
        void requireComing(LocalDate from, LocalDate to) {
            if (to.isBefore(from)) {
                throw new InvalidFieldException("to", "must be on or after from");
            }
            if (from.isBefore(today)) {
                throw new InvalidFieldException("from", "is before today (" + today + "): what happened stands");
            }
            if (!YearMonth.from(from).equals(roster.month()) || !YearMonth.from(to).equals(roster.month())) {
                throw new InvalidFieldException(YearMonth.from(from).equals(roster.month()) ? "to" : "from",
                        "must be in the roster's month " + roster.month());
            }
        }

        /** The elder, if one of the roster's center. */
        Elder elder(Long elderId) {
            return elderAdministration.visible(elderId).filter(e -> e.getCenterId().equals(roster.getCenterId()))
                    .orElseThrow(() -> new InvalidFieldException("elderId", "no elder " + elderId + " at the roster's center"));
        }

        /** The visits not yet made, placed or not, that match. */
        List<Long> planned(Predicate<Placed> which) {
            return rosterVisits.stream().filter(v -> v.getStatus() == VisitStatus.PLANNED).map(v -> placed.get(v.getId()))
                    .filter(which).map(Placed::visitId).sorted().toList();
        }

        /** The visits not yet made, with a place where the doctors have them, that match. */
        List<Long> placed(Predicate<Placed> which) {
            return planned(p -> p.teamId() != null && which.test(p));
        }

        Placed placeOf(Long visitId) {
            return placed.get(visitId);
        }

        RosterEvent event(EventKind kind, EventReason reason, Long teamId, Long elderId, LocalDate from, LocalDate to,
                          Long visitId, String notes) {
            SignedInUser user = access.user();
            return events.save(new RosterEvent(roster.getId(), kind, reason, teamId, elderId, from, to, visitId, notes,
                    clock.instant(), user.accountId(), user.username()));
        }
    }

    /**
     * Checks and records the fact in one transaction (all or nothing), re-plans quickly, then lets the event
     * finish what depends on the re-plan, and answers.
     */
    private Answer record(Long rosterId, Function<Month, Recorded> fact, Consumer<Recorded> afterReplan) {
        Long centerId = rosterService.centerOf(rosterId);
        if (solving.isSolving(rosterId)) {
            throw new SolveInProgressException(rosterId);
        }
        Month[] month = new Month[1];
        Recorded recorded = transaction.execute(tx -> {
            month[0] = new Month(rosters.findById(rosterId).orElseThrow(() -> new RosterNotFoundException(rosterId)));
            return fact.apply(month[0]);
        });
        Proposal proposal = null;
        if (month[0].roster().getStatus() != RosterStatus.DRAFT) {
            try {
                solving.startQuick(rosterId, policies.weightsOf(centerId)).join();
                if (afterReplan != null) {
                    transaction.executeWithoutResult(tx -> afterReplan.accept(recorded));
                }
                Roster replanned = rosters.findById(rosterId).orElseThrow(() -> new RosterNotFoundException(rosterId));
                RosterSolvingService.Status status = solving.status(replanned);
                proposal = new Proposal(status.rosterStatus(), status.publishedRevision(), status.score(),
                        status.unassigned(), rosterService.pending(rosterId));
            } catch (SolveInProgressException started) {
                // Another solve began since the check: it does not know the event; the dispatcher solves again.
            }
        }
        return new Answer(EventView.of(recorded.event()), affected(recorded.affected(), month[0]), proposal);
    }

    private List<Affected> affected(List<Long> ids, Month month) {
        List<Visit> now = visits.findAllById(ids);
        Map<Long, String> names = elders.findAllById(now.stream().map(Visit::getElderId).distinct().toList()).stream()
                .collect(Collectors.toMap(Elder::getId, e -> e.getPerson().name()));
        return now.stream().sorted(Comparator.comparing(Visit::getId)).map(v -> {
            Placed before = month.placeOf(v.getId());
            return new Affected(v.getId(), v.getElderId(), names.get(v.getElderId()),
                    before == null ? null : before.place(),
                    v.isAssigned() ? new RosterRevisions.Place(v.getTeamId(), v.getVisitDate(), v.getPlannedStart()) : null,
                    v.getStatus(), v.isAssigned() ? null : Objects.requireNonNullElse(v.getUnassignedReason(), "NOT_YET_PLANNED"));
        }).toList();
    }
}
