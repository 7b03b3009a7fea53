package com.carerounds.roster;

import com.carerounds.center.HealthCenter;
import com.carerounds.contract.Contract;
import com.carerounds.elder.Elder;
import com.carerounds.elder.TimeWindow;
import com.carerounds.elder.VisitTimes;
import com.carerounds.solver.Point;
import com.carerounds.solver.RosterConstraint;
import com.carerounds.solver.TravelModel;
import com.carerounds.team.Capacity;
import com.carerounds.team.Team;
import com.carerounds.visit.Visit;
import com.carerounds.visit.VisitKind;
import com.carerounds.visit.VisitStatus;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks a planned roster against every hard rule and recomputes its travel from the routes, with
 * its own arithmetic from the saved records and without the solver's score or planning model: what
 * tests and benchmarks trust. Only distances come from the solver's travel model, the same one the
 * center's routes are planned with.
 *
 * <table>
 *   <caption>Which rule is checked here against which constraint</caption>
 *   <tr><th>checked here</th><th>constraint ({@code RosterConstraint})</th></tr>
 *   <tr><td>the team works that day (pattern, leave, capacity override)</td><td>the planning model's team days</td></tr>
 *   <tr><td>visits per day at most the day's maximum</td><td>MAX_VISITS</td></tr>
 *   <tr><td>arrival before the planned start, back at the center by the day's limit</td><td>DAY_CAPACITY</td></tr>
 *   <tr><td>the team has the visit's skills</td><td>REQUIRED_SKILLS</td></tr>
 *   <tr><td>not on a date the elder is unavailable</td><td>ELDER_UNAVAILABLE</td></tr>
 *   <tr><td>on one of the elder's visit weekdays of that date, with a contract in force</td><td>DAY_NOT_ALLOWED</td></tr>
 *   <tr><td>a planned visit inside the elder's time window of that date, start to end</td><td>TIME_WINDOW</td></tr>
 *   <tr><td>an elder's visits at least the policy's minimum gap apart</td><td>MINIMUM_GAP</td></tr>
 *   <tr><td>no waiting visit could take a placed lower-priority visit's place ({@link PriorityInversion})</td><td>UNASSIGNED</td></tr>
 * </table>
 */
public final class RosterChecker {

    private final TravelModel travel;

    public RosterChecker(TravelModel travel) {
        this.travel = travel;
    }

    /**
     * @param breaks          every hard rule the plan breaks
     * @param routeSeconds    time out of the center over all routes, from leaving to coming back
     * @param capacitySeconds home-visit capacity of the days those routes run on
     * @param overtimeSeconds time past their day's capacity or hours over all routes, within the overtime a
     *                        re-plan allows ({@link RosterPlanMapper.Inputs#overtimeMinutes})
     * @param overflowing     visits past their day's maximum count, that the team cannot finish and be back in
     *                        time, or on a day the team no longer works
     * @param routes          each route's time out of the center against its day's limit (none on a day the
     *                        team no longer works)
     * @param outsideVisitTimes planned visits (no outcome yet) off the elder's weekdays or time window of their date
     * @param outsideContract planned visits (no outcome yet) on a date the elder's contract of the month is not in force
     * @param inversions      waiting visits that could take the place of a placed visit of lower priority
     * @param homeHospitalBedUnassigned home-hospital-bed visits waiting
     */
    public record Report(List<Violation> breaks, int assigned, int unassigned, long travelSeconds,
                         long travelMeters, long routeSeconds, long capacitySeconds, long overtimeSeconds,
                         List<Long> overflowing,
                         List<RouteTime> routes, List<Long> outsideVisitTimes, List<Long> outsideContract,
                         List<PriorityInversion> inversions, int homeHospitalBedUnassigned) {

        public boolean feasible() {
            return breaks.isEmpty();
        }

        /** Each broken rule as a sentence. */
        public List<String> violations() {
            return breaks.stream().map(Violation::message).toList();
        }

        public double travelMinutesPerVisit() {
            return assigned == 0 ? 0 : travelSeconds / 60.0 / assigned;
        }

        public int homeHospitalBedInversions() {
            return (int) inversions.stream().filter(PriorityInversion::homeHospitalBed).count();
        }
    }

    /**
     * A waiting visit that could take the place of a placed visit of lower priority, which would then wait
     * instead: the same team and date, the team has the skills, the elder may be visited that date (weekdays,
     * contract, not away, by the urgent visit's last date), the minimum gap kept to the elder's other visits,
     * and the route, without the lower one and with this one at some place after the day's fixed visits,
     * keeps the elders' windows, the day's count and its limit. Only a planned visit without outcome or pin
     * can give up its place; one record per waiting visit, naming the lowest-priority such visit.
     */
    public record PriorityInversion(Long waitingVisitId, int waitingPriority, boolean homeHospitalBed,
                                    Long placedVisitId, int placedPriority, Long teamId, LocalDate date) {
    }

    /** A route on a day its team does not work: the team days of the planning model have no such day. */
    public static final String TEAM_DAY = "team-day";

    /**
     * One hard rule broken: {@code rule} the id of the constraint it stands for ({@link #TEAM_DAY} for a route
     * on a day its team does not work), the visits concerned and, where it is one route's, its team and date.
     */
    public record Violation(String rule, String message, List<Long> visitIds, Long teamId, LocalDate date) {

        static Violation ofRoute(String rule, String message, List<Visit> route) {
            return new Violation(rule, message, route.stream().map(Visit::getId).toList(), route.get(0).getTeamId(),
                    route.get(0).getVisitDate());
        }

        static Violation ofVisit(String rule, String message, Visit visit) {
            return new Violation(rule, message, List.of(visit.getId()), visit.getTeamId(), visit.getVisitDate());
        }
    }

    /** A team's route on a date: from leaving the center to coming back, and how long the day allows. */
    public record RouteTime(Long teamId, LocalDate date, int routeSeconds, int limitSeconds) {
    }

    /** How long a team may be out on a day: the center's home-visit hours, cut to the day's capacity. */
    public static int limitSeconds(HealthCenter center, Capacity capacity) {
        int start = center.getVisitStart().toSecondOfDay();
        return Math.min(center.getVisitEnd().toSecondOfDay(), start + capacity.maxVisitMinutes() * 60) - start;
    }

    /** Cancelled visits are no longer asked for: they count neither as assigned nor as unassigned. */
    public Report check(RosterPlanMapper.Inputs in, List<Visit> visits) {
        List<Violation> violations = new ArrayList<>();
        Map<Long, Team> teams = in.teams().stream().collect(Collectors.toMap(Team::getId, Function.identity()));
        TeamAvailability availability = new TeamAvailability(in.calendar());
        Map<Long, Map<LocalDate, Capacity>> workingDays = new HashMap<>();
        for (Team team : in.teams()) {
            workingDays.put(team.getId(), availability.days(team, in.month()).stream()
                    .collect(Collectors.toMap(TeamAvailability.AvailableDay::date, TeamAvailability.AvailableDay::capacity)));
        }
        List<Visit> asked = visits.stream().filter(v -> v.getStatus() != VisitStatus.CANCELLED).toList();
        List<Visit> assigned = asked.stream().filter(Visit::isAssigned).toList();
        long travelSeconds = 0;
        long travelMeters = 0;
        long routeSeconds = 0;
        long capacitySeconds = 0;
        long overtimeSeconds = 0;
        List<Long> overflowing = new ArrayList<>();
        List<RouteTime> routeTimes = new ArrayList<>();
        List<Long> outsideVisitTimes = new ArrayList<>();
        List<Long> outsideContract = new ArrayList<>();

        Map<String, List<Visit>> routes = assigned.stream().collect(Collectors.groupingBy(
                v -> v.getTeamId() + "@" + v.getVisitDate()));
        for (List<Visit> route : routes.values()) {
            route.sort(Comparator.comparing(Visit::getRoutePosition));
            Visit first = route.get(0);
            Team team = teams.get(first.getTeamId());
            String where = team.getName() + " on " + first.getVisitDate();
            Capacity capacity = workingDays.get(team.getId()).get(first.getVisitDate());
            if (capacity == null) {
                violations.add(Violation.ofRoute(TEAM_DAY, where + ": the team does not work that day", route));
                route.forEach(visit -> overflowing.add(visit.getId()));
                continue;
            }
            if (route.size() > capacity.maxVisits()) {
                violations.add(Violation.ofRoute(RosterConstraint.MAX_VISITS.id(), where + ": " + route.size() + " visits, at most "
                        + capacity.maxVisits(), route));
            }
            double speed = team.getTravelMode().kilometersPerHour();
            Point center = RosterPlanMapper.point(in.center().getLocation());
            Point at = center;
            int start = in.center().getVisitStart().toSecondOfDay();
            int limit = start + limitSeconds(in.center(), capacity);
            int latest = limit + in.overtimeMinutes() * 60;
            int time = start;
            int position = 0;
            for (Visit visit : route) {
                Elder elder = in.elders().get(visit.getElderId());
                Point home = RosterPlanMapper.point(elder.getLocation());
                long meters = travel.distance(at, home);
                travelMeters += meters;
                travelSeconds += TravelModel.secondsAt(meters, speed);
                time += TravelModel.secondsAt(meters, speed);
                if (visit.getPlannedStart() == null || visit.getPlannedStart().toSecondOfDay() < time - 1) {
                    violations.add(new Violation(RosterConstraint.DAY_CAPACITY.id(), where + ": visit " + visit.getId()
                            + " starts before the team can arrive", List.of(visit.getId()), team.getId(), visit.getVisitDate()));
                } else {
                    time = visit.getPlannedStart().toSecondOfDay();
                }
                time += visit.getDurationMinutes() * 60;
                at = home;
                int homeToCenter = TravelModel.secondsAt(travel.distance(at, center), speed);
                if (position++ >= capacity.maxVisits() || time + homeToCenter > latest + 1) {
                    overflowing.add(visit.getId());
                }
            }
            long back = travel.distance(at, center);
            travelMeters += back;
            travelSeconds += TravelModel.secondsAt(back, speed);
            time += TravelModel.secondsAt(back, speed);
            routeSeconds += time - start;
            capacitySeconds += limit - start;
            overtimeSeconds += Math.max(0, Math.min(time, latest) - limit);
            routeTimes.add(new RouteTime(team.getId(), first.getVisitDate(), time - start, limit - start));
            if (time > latest + 1) {
                violations.add(Violation.ofRoute(RosterConstraint.DAY_CAPACITY.id(), where + ": back at the center "
                        + (time - latest) / 60 + " min after the day's limit"
                        + (latest > limit ? " and its " + in.overtimeMinutes() + " min of overtime" : ""), route));
            }
        }

        // A missed visit is made up by another: the elder's days and gaps concern the visits made or to make,
        // and an urgent one is spaced from none.
        List<Visit> made = assigned.stream().filter(RosterPlanMapper::inPlan).toList();
        for (Visit visit : made) {
            Team team = teams.get(visit.getTeamId());
            Elder elder = in.elders().get(visit.getElderId());
            Contract contract = in.contractByElder().get(visit.getElderId());
            if (!visit.getRequiredSkills().coveredBy(team.skills())) {
                violations.add(Violation.ofVisit(RosterConstraint.REQUIRED_SKILLS.id(), "visit " + visit.getId() + ": "
                        + team.getName() + " lacks " + visit.getRequiredSkills().format(), visit));
            }
            if (elder.getUnavailableDates().contains(visit.getVisitDate())) {
                violations.add(Violation.ofVisit(RosterConstraint.ELDER_UNAVAILABLE.id(), "visit " + visit.getId()
                        + ": elder unavailable on " + visit.getVisitDate(), visit));
            }
            VisitTimes times = elder.visitTimesOn(visit.getVisitDate());
            if (!times.visitWeekdays().allows(visit.getVisitDate())) {
                violations.add(Violation.ofVisit(RosterConstraint.DAY_NOT_ALLOWED.id(), "visit " + visit.getId()
                        + ": elder is visited only on " + times.visitWeekdays().format() + ", not on "
                        + visit.getVisitDate().getDayOfWeek(), visit));
            }
            TimeWindow window = times.window();
            boolean planned = visit.getStatus() == VisitStatus.PLANNED;
            if (planned && window != null && !window.holds(visit.getPlannedStart(), visit.getDurationMinutes())) {
                violations.add(Violation.ofVisit(RosterConstraint.TIME_WINDOW.id(), "visit " + visit.getId() + ": "
                        + visit.getPlannedStart() + " for " + visit.getDurationMinutes()
                        + " min is outside the elder's window " + window.format(), visit));
            }
            if (planned && !times.allow(visit.getVisitDate(), visit.getPlannedStart(), visit.getDurationMinutes())) {
                outsideVisitTimes.add(visit.getId());
            }
            if (contract == null || !contract.activeOn(visit.getVisitDate())) {
                violations.add(Violation.ofVisit(RosterConstraint.DAY_NOT_ALLOWED.id(), "visit " + visit.getId()
                        + ": no contract in force on " + visit.getVisitDate(), visit));
                if (planned) {
                    outsideContract.add(visit.getId());
                }
            }
        }
        Map<Long, List<Visit>> byElder = made.stream().collect(Collectors.groupingBy(RosterPlanMapper::spacedWith));
        for (List<Visit> elderVisits : byElder.values()) {
            Elder elder = in.elders().get(elderVisits.get(0).getElderId());
            int gap = minGapDays(in, elder);
            elderVisits.sort(Comparator.comparing(Visit::getVisitDate));
            for (int i = 1; i < elderVisits.size(); i++) {
                long days = ChronoUnit.DAYS.between(elderVisits.get(i - 1).getVisitDate(), elderVisits.get(i).getVisitDate());
                if (days < gap) {
                    violations.add(new Violation(RosterConstraint.MINIMUM_GAP.id(), "elder " + elder.getCode() + ": visits " + days
                            + " days apart, at least " + gap, List.of(elderVisits.get(i - 1).getId(),
                            elderVisits.get(i).getId()), null, null));
                }
            }
        }
        List<Visit> waiting = asked.stream().filter(v -> !v.isAssigned() && RosterPlanMapper.inPlan(v)).toList();
        int bedsWaiting = (int) waiting.stream().filter(v -> v.getKind() == VisitKind.HOME_HOSPITAL_BED).count();
        return new Report(violations, assigned.size(), asked.size() - assigned.size(), travelSeconds, travelMeters,
                routeSeconds, capacitySeconds, overtimeSeconds, overflowing, routeTimes, outsideVisitTimes, outsideContract,
                inversions(in, waiting, routes.values(), teams, workingDays, byElder), bedsWaiting);
    }

    private static int minGapDays(RosterPlanMapper.Inputs in, Elder elder) {
        return in.policy().tierFor(elder.latestAssessmentOn(in.month().atEndOfMonth()).orElseThrow().score()).minGapDays();
    }

    private static int priorityOf(RosterPlanMapper.Inputs in, Visit visit) {
        return in.policy().priorityOf(visit.getKind() == VisitKind.HOME_HOSPITAL_BED,
                in.elders().get(visit.getElderId()).getCategories());
    }

    /** The priority-inversion audit ({@link PriorityInversion}), over the routes in route order. */
    private List<PriorityInversion> inversions(RosterPlanMapper.Inputs in, List<Visit> waiting, Collection<List<Visit>> routes,
                                               Map<Long, Team> teams, Map<Long, Map<LocalDate, Capacity>> workingDays,
                                               Map<Long, List<Visit>> madeBySpacing) {
        Map<Long, Integer> priorities = new HashMap<>();
        routes.forEach(route -> route.forEach(visit -> priorities.put(visit.getId(), priorityOf(in, visit))));
        List<PriorityInversion> inversions = new ArrayList<>();
        for (Visit visit : waiting) {
            int priority = priorityOf(in, visit);
            Elder elder = in.elders().get(visit.getElderId());
            List<Visit> siblings = madeBySpacing.getOrDefault(RosterPlanMapper.spacedWith(visit), List.of());
            int gap = minGapDays(in, elder);
            PriorityInversion lowest = null;
            for (List<Visit> route : routes) {
                Visit first = route.get(0);
                Team team = teams.get(first.getTeamId());
                LocalDate date = first.getVisitDate();
                Capacity capacity = workingDays.get(team.getId()).get(date);
                if (capacity == null || !mayGoOn(in, visit, elder, team, date)) {
                    continue;
                }
                int open = openFrom(route);
                for (int i = open; i < route.size(); i++) {
                    Visit placed = route.get(i);
                    int lower = priorities.get(placed.getId());
                    if (lower < priority && (lowest == null || lower < lowest.placedPriority())
                            && keepsGapWithout(siblings, placed, date, gap)
                            && fitsInstead(in, route, i, open, visit, team, date, capacity)) {
                        lowest = new PriorityInversion(visit.getId(), priority,
                                visit.getKind() == VisitKind.HOME_HOSPITAL_BED, placed.getId(), lower, team.getId(), date);
                    }
                }
            }
            if (lowest != null) {
                inversions.add(lowest);
            }
        }
        return inversions;
    }

    /** Where a route's visits a solve may change begin: after the last one with an outcome or a pin. */
    private static int openFrom(List<Visit> route) {
        int open = 0;
        for (int i = 0; i < route.size(); i++) {
            if (route.get(i).getStatus() != VisitStatus.PLANNED || route.get(i).isPinned()) {
                open = i + 1;
            }
        }
        return open;
    }

    private static boolean mayGoOn(RosterPlanMapper.Inputs in, Visit visit, Elder elder, Team team, LocalDate date) {
        Contract contract = in.contractByElder().get(visit.getElderId());
        return visit.getRequiredSkills().coveredBy(team.skills())
                && !elder.getUnavailableDates().contains(date)
                && elder.visitTimesOn(date).visitWeekdays().allows(date)
                && contract != null && contract.activeOn(date)
                && (visit.getDueBy() == null || !date.isAfter(visit.getDueBy()));
    }

    /** The elder's other visits at least the gap from the date, the one given up not counted. */
    private static boolean keepsGapWithout(List<Visit> siblings, Visit givenUp, LocalDate date, int gap) {
        for (Visit sibling : siblings) {
            if (sibling != givenUp && Math.abs(ChronoUnit.DAYS.between(sibling.getVisitDate(), date)) < gap) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the route without its visit at {@code out}, with {@code in} at some place from {@code open}
     * on, keeps the count, every open visit's window and the day's limit; the fixed visits keep their starts.
     */
    private boolean fitsInstead(RosterPlanMapper.Inputs in, List<Visit> route, int out, int open, Visit visit,
                                Team team, LocalDate date, Capacity capacity) {
        if (route.size() > capacity.maxVisits()) {
            return false;
        }
        List<Visit> without = new ArrayList<>(route);
        without.remove(out);
        for (int at = open; at <= without.size(); at++) {
            List<Visit> tried = new ArrayList<>(without);
            tried.add(at, visit);
            if (keepsTimes(in, tried, open, team, date, capacity)) {
                return true;
            }
        }
        return false;
    }

    private boolean keepsTimes(RosterPlanMapper.Inputs in, List<Visit> route, int open, Team team, LocalDate date,
                               Capacity capacity) {
        double speed = team.getTravelMode().kilometersPerHour();
        Point center = RosterPlanMapper.point(in.center().getLocation());
        int start = in.center().getVisitStart().toSecondOfDay();
        int limit = start + limitSeconds(in.center(), capacity) + in.overtimeMinutes() * 60;
        Point at = center;
        int time = start;
        for (int i = 0; i < route.size(); i++) {
            Visit visit = route.get(i);
            Elder elder = in.elders().get(visit.getElderId());
            Point home = RosterPlanMapper.point(elder.getLocation());
            time += TravelModel.secondsAt(travel.distance(at, home), speed);
            if (i < open) {
                time = Math.max(time, visit.getPlannedStart().toSecondOfDay());
            } else {
                TimeWindow window = elder.visitTimesOn(date).window();
                if (window != null) {
                    time = Math.max(time, window.start().toSecondOfDay());
                    if (time > limit || !window.holds(LocalTime.ofSecondOfDay(time), visit.getDurationMinutes())) {
                        return false;
                    }
                }
            }
            time += visit.getDurationMinutes() * 60;
            at = home;
        }
        return time + TravelModel.secondsAt(travel.distance(at, center), speed) <= limit + 1;
    }
}
