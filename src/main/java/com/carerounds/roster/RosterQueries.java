package com.carerounds.roster;

import com.carerounds.account.Access;
import com.carerounds.calendar.CalendarDayRepository;
import com.carerounds.elder.Elder;
import com.carerounds.policy.PolicyAdministration;
import com.carerounds.team.Skill;
import com.carerounds.team.Team;
import com.carerounds.visit.Visit;
import com.carerounds.visit.VisitStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Reads a roster for the dispatcher from what is saved; never waits for a running solve. */
@Service
public class RosterQueries {

    private final RosterInputsLoader loader;
    private final RosterRepository rosters;
    private final RosterSolvingService solving;
    private final RosterChecker checker;
    private final PolicyAdministration policies;
    private final Access access;
    private final Clock clock;
    private final CalendarDayRepository calendar;
    private final CrossCovers crossCovers;

    public RosterQueries(RosterInputsLoader loader, RosterRepository rosters, RosterSolvingService solving,
                         PolicyAdministration policies, RosterChecker checker, Access access, Clock clock,
                         CalendarDayRepository calendar, CrossCovers crossCovers) {
        this.calendar = calendar;
        this.clock = clock;
        this.crossCovers = crossCovers;
        this.loader = loader;
        this.rosters = rosters;
        this.solving = solving;
        this.policies = policies;
        this.checker = checker;
        this.access = access;
    }

    /** The center's rosters, latest month first; {@code month} and {@code status} narrow the list when given. */
    public List<RosterSummary> list(Long centerId, YearMonth month, RosterStatus status) {
        return rosters.findByCenterIdOrderByMonthStartDesc(access.centerOf(centerId)).stream()
                .filter(roster -> month == null || roster.month().equals(month))
                .filter(roster -> status == null || roster.getStatus() == status)
                .map(roster -> RosterSummary.of(roster, solving.status(roster)))
                .toList();
    }

    public RosterView view(Long rosterId) {
        Roster roster = rosters.findById(rosterId).orElseThrow(() -> new RosterNotFoundException(rosterId));
        RosterPlanMapper.Inputs in = loader.load(rosterId);
        Map<Long, Team> teams = in.teams().stream().collect(Collectors.toMap(Team::getId, t -> t));
        // Cancelled visits are no longer asked for; the events and the coverage say which and why.
        List<Visit> visits = in.visits().stream().filter(v -> v.getStatus() != VisitStatus.CANCELLED).toList();
        boolean planned = visits.stream().anyMatch(Visit::isAssigned);
        Map<Long, CrossCover> crossCovered = planned ? crossCovers.of(in) : Map.of();

        List<RosterView.Route> routes = visits.stream().filter(Visit::isAssigned)
                .collect(Collectors.groupingBy(v -> List.of(v.getTeamId(), v.getVisitDate())))
                .values().stream()
                .map(route -> {
                    Visit first = route.get(0);
                    return new RosterView.Route(first.getTeamId(), teams.get(first.getTeamId()).getName(),
                            first.getVisitDate(), route.stream()
                            .sorted(Comparator.comparing(Visit::getRoutePosition))
                            .map(v -> stop(v, in, crossCovered.get(v.getId())))
                            .toList());
                })
                .sorted(Comparator.comparing(RosterView.Route::date).thenComparing(RosterView.Route::teamName))
                .toList();
        List<RosterView.Unassigned> unassigned = visits.stream().filter(v -> !v.isAssigned())
                .map(v -> new RosterView.Unassigned(v.getId(), v.getElderId(),
                        in.elders().get(v.getElderId()).getPerson().name(), v.getKind(), v.getUnassignedReason()))
                .toList();
        List<ConstraintScore> constraints = planned ? solving.explain(rosterId, in, policies.weightsOf(roster.getCenterId())) : List.of();
        RosterChecker.Report report = checker.check(in, visits);
        LocalDate today = LocalDate.now(clock);
        // A roster a change asks to re-plan says what no longer fits the capacity as set, overtime aside.
        RosterChecker.Report fits = roster.getStatus() == RosterStatus.NEEDS_REPLAN && in.overtimeMinutes() > 0
                ? checker.check(in.withOvertimeMinutes(0), visits) : report;
        Set<Long> overflowing = new HashSet<>(fits.overflowing());
        overflowing.addAll(report.outsideVisitTimes());
        overflowing.addAll(report.outsideContract());
        List<Long> noLongerFit = visits.stream().filter(v -> overflowing.contains(v.getId())
                        && v.getStatus() == VisitStatus.PLANNED && !v.getVisitDate().isBefore(today))
                .map(Visit::getId).sorted().toList();
        return new RosterView(roster.getId(), roster.getCenterId(), roster.month(), roster.getStatus(),
                roster.getPublishedRevision(), routes, unassigned, constraints, kpis(in, visits, report, crossCovered),
                noLongerFit,                teamDays(in, report), calendar.findByOnDateBetweenOrderByOnDate(in.month().atDay(1), in.month().atEndOfMonth())
                        .stream().map(day -> new RosterView.CalendarMark(day.getOnDate(), day.getKind(), day.getName())).toList());
    }

    /** Each day a team can make visits, with its route's time out from the checker. */
    private static List<RosterView.TeamDay> teamDays(RosterPlanMapper.Inputs in, RosterChecker.Report report) {
        Map<List<Object>, RosterChecker.RouteTime> routes = report.routes().stream()
                .collect(Collectors.toMap(r -> List.of(r.teamId(), r.date()), r -> r));
        Map<List<Object>, Long> visits = in.visits().stream().filter(Visit::isAssigned)
                .collect(Collectors.groupingBy(v -> List.of(v.getTeamId(), v.getVisitDate()), Collectors.counting()));
        TeamAvailability availability = new TeamAvailability(in.calendar());
        return in.teams().stream().flatMap(team -> availability.days(team, in.month()).stream()).map(day -> {
            List<Object> key = List.of(day.teamId(), day.date());
            RosterChecker.RouteTime route = routes.get(key);
            return new RosterView.TeamDay(day.teamId(), day.date(), day.capacity().maxVisits(),
                    visits.getOrDefault(key, 0L).intValue(), route == null ? 0 : Math.round(route.routeSeconds() / 60f),
                    RosterChecker.limitSeconds(in.center(), day.capacity()) / 60);
        }).toList();
    }

    private static RosterView.Stop stop(Visit visit, RosterPlanMapper.Inputs in, CrossCover crossCover) {
        Elder elder = in.elders().get(visit.getElderId());
        return new RosterView.Stop(visit.getId(), visit.getRoutePosition(), visit.getPlannedStart(),
                visit.getDurationMinutes(), elder.getId(), elder.getPerson().name(), elder.getAddress(), visit.getKind(),
                visit.getRequiredSkills().skills().stream().map(Skill::name).collect(Collectors.toSet()),
                in.withContractedTeam(visit), visit.isPinned(), crossCover);
    }

    private RosterView.Kpis kpis(RosterPlanMapper.Inputs in, List<Visit> visits, RosterChecker.Report report,
                                 Map<Long, CrossCover> crossCovered) {
        List<Visit> assigned = visits.stream().filter(Visit::isAssigned).toList();
        Map<Long, List<Visit>> byElder = visits.stream().collect(Collectors.groupingBy(Visit::getElderId));
        long complete = byElder.values().stream().filter(list -> list.stream().allMatch(Visit::isAssigned)).count();
        long contracted = assigned.stream().filter(in::withContractedTeam).count();
        List<RosterView.TeamLoad> loads = in.teams().stream().map(team -> {
            List<Visit> own = assigned.stream().filter(v -> v.getTeamId().equals(team.getId())).toList();
            return new RosterView.TeamLoad(team.getId(), team.getName(), own.size(),
                    own.stream().mapToInt(Visit::getDurationMinutes).sum(),
                    (int) own.stream().map(Visit::getVisitDate).distinct().count());
        }).toList();
        return new RosterView.Kpis(visits.size(), assigned.size(), byElder.size(), (int) complete,
                report.travelSeconds() / 60.0, report.travelMinutesPerVisit(),
                assigned.isEmpty() ? 0 : contracted / (double) assigned.size(), byReason(crossCovered),
                report.homeHospitalBedUnassigned(), report.inversions().size(), report.homeHospitalBedInversions(),
                Math.round(report.overtimeSeconds() / 60f), loads);
    }

    /** Every reason, counted (0 where none), in the enum's order. */
    private static Map<ContractedTeamReason, Integer> byReason(Map<Long, CrossCover> crossCovered) {
        Map<ContractedTeamReason, Integer> counts = new EnumMap<>(ContractedTeamReason.class);
        for (ContractedTeamReason reason : ContractedTeamReason.values()) {
            counts.put(reason, 0);
        }
        crossCovered.values().forEach(crossCover -> counts.merge(crossCover.reason(), 1, Integer::sum));
        return counts;
    }
}
