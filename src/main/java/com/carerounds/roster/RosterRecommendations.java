package com.carerounds.roster;

import com.carerounds.elder.AdlAssessment;
import com.carerounds.elder.Elder;
import com.carerounds.kernel.InvalidFieldException;
import com.carerounds.policy.PolicyAdministration;
import com.carerounds.solver.ContractedTeamCheck;
import com.carerounds.solver.PlanningVisit;
import com.carerounds.solver.RosterPlan;
import com.carerounds.solver.Routes;
import com.carerounds.solver.TeamDay;
import com.carerounds.solver.VisitPlacement;
import com.carerounds.team.Skill;
import com.carerounds.team.Team;
import com.carerounds.visit.Visit;
import com.carerounds.visit.VisitKind;
import com.carerounds.visit.VisitPlanWriter;
import com.carerounds.visit.VisitRepository;
import com.carerounds.visit.VisitStatus;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.optaplanner.core.config.solver.SolverConfig;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The best places for one new or urgent visit in a planned roster, without a full solve: every place
 * that keeps the hard rules (the team's skills, the elder's allowed days and the minimum gap, the day's
 * visit count, minutes and home-visit hours, windows), scored by the roster's own constraints
 * ({@link VisitPlacement}), and why the elder's contracted team is or is not among the best; or the
 * same for a visit of the roster waiting unassigned. Applying one adds the visit (or places the waiting
 * one) in the roster's working plan (on a published roster, the draft beside the
 * published revision) at that place.
 */
@Service
public class RosterRecommendations {

    /** Places answered. */
    static final int PLACES = 5;
    /** The id the new visit goes by while it is not stored: no stored visit has it. */
    private static final long NEW_VISIT = -1;

    private final RosterService rosters;
    private final RosterRepository rosterRepository;
    private final RosterSolvingService solving;
    private final RosterInputsLoader loader;
    private final RosterPlanMapper mapper;
    private final PolicyAdministration policies;
    private final VisitPlacement placement;
    private final VisitRepository visits;
    private final VisitPlanWriter writer;

    public RosterRecommendations(RosterService rosters, RosterRepository rosterRepository, RosterSolvingService solving,
                                 RosterInputsLoader loader, RosterPlanMapper mapper, PolicyAdministration policies,
                                 SolverConfig solverConfig, VisitRepository visits, VisitPlanWriter writer) {
        this.rosters = rosters;
        this.rosterRepository = rosterRepository;
        this.solving = solving;
        this.loader = loader;
        this.mapper = mapper;
        this.policies = policies;
        this.placement = new VisitPlacement(solverConfig);
        this.visits = visits;
        this.writer = writer;
    }

    /** A place for the visit: {@code position} in the team's whole route that day, from 0. */
    public record Place(Long teamId, String teamName, boolean contractedTeam, LocalDate date, int position,
                        LocalTime plannedStart, String scoreChange, double addedTravelMinutes) {
    }

    /**
     * The elder's contracted team: whether it is among the places, and if not why ({@code missingSkills}
     * for {@code LACKS_SKILL}); {@code bestPlace} its best feasible place, if it has one.
     */
    public record ContractedTeam(Long teamId, String teamName, boolean amongPlaces, ContractedTeamReason reason,
                                 Set<Skill> missingSkills, Place bestPlace) {
    }

    /**
     * The visit as the policy has it ({@code visitId}: the waiting visit asked about, null for a new one),
     * the days looked at, the best places first.
     */
    public record Recommendation(Long rosterId, Long elderId, Long visitId, VisitKind kind, Set<Skill> requiredSkills,
                                 int durationMinutes, LocalDate from, LocalDate to, List<Place> places,
                                 ContractedTeam contractedTeam) {
    }

    /** The visit added (or the waiting one placed), where, and the visits of that route it retimed or moved. */
    public record Applied(Long rosterId, RosterStatus rosterStatus, Long visitId, Place place,
                          List<Long> retimedVisitIds) {
    }

    /** The roster's plan with the new or waiting visit on no route, and what it was made from. */
    private record Prepared(Roster roster, RosterPlanMapper.Inputs inputs, RosterPlan plan, Visit visit,
                            PlanningVisit planned, LocalDate from, LocalDate to) {
    }

    @Transactional(readOnly = true)
    public Recommendation recommend(Long rosterId, RecommendationRequest request) {
        Prepared prepared = prepare(rosterId, request.elderId(), request.visitId(), request.from(), request.to());
        List<VisitPlacement.Place> found = placement.places(prepared.plan(), prepared.planned());
        Map<Long, Team> teams = teams(prepared.inputs());
        Long contractedId = prepared.inputs().contractByElder().get(request.elderId()).getTeamId();
        List<Place> best = found.stream().limit(PLACES).map(place -> place(place, teams, contractedId)).toList();
        Place contractedBest = found.stream().filter(place -> place.day().getTeam().id() == contractedId).findFirst()
                .map(place -> place(place, teams, contractedId)).orElse(null);
        boolean among = best.stream().anyMatch(Place::contractedTeam);
        Visit visit = prepared.visit();
        return new Recommendation(rosterId, request.elderId(), request.visitId(), visit.getKind(),
                visit.getRequiredSkills().skills(), visit.getDurationMinutes(), prepared.from(), prepared.to(), best,
                contractedTeam(prepared, teams.get(contractedId), contractedBest, among));
    }

    /**
     * Adds the visit (or places the waiting one) at the place (its team, date and position in the whole
     * route), if it is feasible as the roster stands now; the visits after it on that route start later. A published roster's
     * plan becomes a draft beside the published revision, which the doctors keep seeing until the next
     * publication.
     */
    @Transactional
    public Applied apply(Long rosterId, PlacementRequest request) {
        Prepared prepared = prepare(rosterId, request.elderId(), request.visitId(), request.date(), request.date());
        TeamDay day = prepared.plan().getTeamDays().stream()
                .filter(d -> !d.isHolding() && !d.isPinned() && d.getTeam().id() == request.teamId()
                        && d.getDate().equals(request.date()))
                .findFirst().orElse(null);
        List<VisitPlacement.Place> found = day == null || request.position() < day.getPositionOffset() ? List.of()
                : placement.placeAt(prepared.plan(), prepared.planned(), day, request.position() - day.getPositionOffset());
        if (found.isEmpty()) {
            throw new RosterStateException("the visit does not fit at position " + request.position() + " of team "
                    + request.teamId() + "'s route on " + request.date() + " as the roster stands now; "
                    + "ask for recommendations again");
        }
        VisitPlacement.Place place = found.get(0);
        Visit visit = prepared.visit();
        visit.plan(request.teamId(), request.date(), LocalTime.ofSecondOfDay(place.startSeconds()), place.position());
        Long visitId = visits.save(visit).getId();
        Map<Long, Visit> byId = prepared.inputs().visits().stream().collect(Collectors.toMap(Visit::getId, Function.identity()));
        List<Visit> retimed = new ArrayList<>();
        for (int i = 0; i < place.route().size(); i++) {
            VisitPlacement.Timed timed = place.route().get(i);
            Visit other = byId.get(timed.visitId());
            LocalTime start = LocalTime.ofSecondOfDay(timed.startSeconds());
            int position = day.getPositionOffset() + i;
            if (other != null && (!start.equals(other.getPlannedStart()) || other.getRoutePosition() != position)) {
                other.plan(request.teamId(), request.date(), start, position);
                retimed.add(other);
            }
        }
        writer.write(retimed);
        Roster roster = prepared.roster();
        if (roster.getStatus() == RosterStatus.PUBLISHED) {
            roster.changeStatus(RosterStatus.SOLVED);
            rosterRepository.save(roster);
        }
        int unassigned = (int) prepared.inputs().visits().stream().filter(v -> !v.isAssigned()).count();
        rosterRepository.recordPlan(rosterId, place.score().toString(), unassigned);
        Long contractedId = prepared.inputs().contractByElder().get(request.elderId()).getTeamId();
        return new Applied(rosterId, roster.getStatus(), visitId, place(place, teams(prepared.inputs()), contractedId),
                retimed.stream().map(Visit::getId).sorted().toList());
    }

    private Prepared prepare(Long rosterId, Long elderId, Long visitId, LocalDate from, LocalDate to) {
        rosters.centerOf(rosterId);
        if (solving.isSolving(rosterId)) {
            // The running solve would write its plan over the visit.
            throw new SolveInProgressException(rosterId);
        }
        Roster roster = rosterRepository.findById(rosterId).orElseThrow(() -> new RosterNotFoundException(rosterId));
        if (roster.getStatus() == RosterStatus.DRAFT) {
            throw new RosterStateException("roster " + rosterId + " is not planned yet: solve it first");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidFieldException("to", "must be on or after from");
        }
        RosterPlanMapper.Inputs in = loader.load(rosterId);
        Elder elder = in.elders().get(elderId);
        if (elder == null) {
            throw new InvalidFieldException("elderId", "no elder " + elderId + " at the roster's center");
        }
        YearMonth month = in.month();
        if (in.contractByElder().get(elderId) == null) {
            throw new InvalidFieldException("elderId", "elder " + elder.getCode() + " has no contract in force in " + month);
        }
        AdlAssessment assessment = elder.latestAssessmentOn(month.atEndOfMonth()).orElseThrow(() ->
                new InvalidFieldException("elderId", "elder " + elder.getCode() + " has no ADL assessment, which sets "
                        + "the visit's kind and duration"));
        LocalDate openFrom = solving.openFrom(rosterId, in);
        LocalDate first = latest(openFrom, month.atDay(1), from);
        LocalDate last = to == null || to.isAfter(month.atEndOfMonth()) ? month.atEndOfMonth() : to;
        if (last.isBefore(first)) {
            throw new InvalidFieldException(to == null ? "from" : "to", "no day of " + month + " is open from "
                    + first + " to " + last + ": what is past (and on a published roster the frozen days) stays as it is");
        }
        long days = RosterPlanMapper.daysBetween(month, first, last);
        RosterPlan plan = mapper.toSavedPlan(in, policies.weightsOf(roster.getCenterId()), openFrom);
        if (visitId != null) {
            Visit waiting = in.visits().stream().filter(v -> v.getId().equals(visitId) && v.getElderId().equals(elderId)
                            && v.getStatus() == VisitStatus.PLANNED && !v.isAssigned()).findFirst()
                    .orElseThrow(() -> new InvalidFieldException("visitId", "visit " + visitId + " is not a visit of elder "
                            + elder.getCode() + " waiting unassigned in roster " + rosterId));
            PlanningVisit planned = plan.getVisits().stream().filter(v -> v.getId() == visitId).findFirst().orElseThrow();
            // It waits on its team's holding day: taken off it, it is on no route, as a new visit is.
            Routes.takeOff(planned);
            planned.withAllowedDays(days);
            return new Prepared(roster, in, plan, waiting, planned, first, last);
        }
        int number = (int) in.visits().stream().filter(v -> v.getElderId().equals(elderId)).count() + 1;
        Visit visit = new VisitDemand(in.policy(), month).visitOf(rosterId, elder, assessment, number);
        PlanningVisit planned = mapper.extraVisit(in, visit, NEW_VISIT, days);
        plan.getVisits().add(planned);
        return new Prepared(roster, in, plan, visit, planned, first, last);
    }

    private static LocalDate latest(LocalDate a, LocalDate b, LocalDate c) {
        LocalDate latest = a.isAfter(b) ? a : b;
        return c != null && c.isAfter(latest) ? c : latest;
    }

    private ContractedTeam contractedTeam(Prepared prepared, Team team, Place best, boolean among) {
        if (among) {
            return new ContractedTeam(team.getId(), team.getName(), true, null, Set.of(), best);
        }
        ContractedTeamCheck.Verdict verdict = new ContractedTeamCheck(prepared.plan()).verdict(prepared.planned());
        boolean onLeave = verdict.reason() != ContractedTeamCheck.Reason.HAD_ROOM && prepared.from()
                .datesUntil(prepared.to().plusDays(1)).anyMatch(team::onLeave);
        ContractedTeamReason reason = ContractedTeamReason.of(verdict, onLeave);
        if (reason == ContractedTeamReason.HAD_ROOM && best == null) {
            // Room by the rules the search keeps, but every place there would cost a hard rule after all.
            reason = ContractedTeamReason.FULL;
        }
        return new ContractedTeam(team.getId(), team.getName(), false, reason,
                RosterPlanMapper.skillsOf(verdict.missingSkills()), best);
    }

    private static Map<Long, Team> teams(RosterPlanMapper.Inputs in) {
        return in.teams().stream().collect(Collectors.toMap(Team::getId, Function.identity()));
    }

    private static Place place(VisitPlacement.Place place, Map<Long, Team> teams, Long contractedId) {
        long teamId = place.day().getTeam().id();
        return new Place(teamId, teams.get(teamId).getName(), teamId == contractedId, place.day().getDate(),
                place.position(), LocalTime.ofSecondOfDay(place.startSeconds()), place.scoreChange().toString(),
                Math.round(place.addedTravelSeconds() / 6.0) / 10.0);
    }
}
