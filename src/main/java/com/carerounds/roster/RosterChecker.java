package com.carerounds.roster;

import com.carerounds.center.HealthCenter;
import com.carerounds.contract.Contract;
import com.carerounds.elder.Elder;
import com.carerounds.elder.TimeWindow;
import com.carerounds.elder.VisitTimes;
import com.carerounds.solver.Point;
import com.carerounds.solver.TravelModel;
import com.carerounds.team.Capacity;
import com.carerounds.team.Team;
import com.carerounds.visit.Visit;
import com.carerounds.visit.VisitStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
 * </table>
 */
public final class RosterChecker {

    private final TravelModel travel;

    public RosterChecker(TravelModel travel) {
        this.travel = travel;
    }

    /**
     * @param routeSeconds    time out of the center over all routes, from leaving to coming back
     * @param capacitySeconds home-visit capacity of the days those routes run on
     * @param overflowing     visits past their day's maximum count, that the team cannot finish and be back in
     *                        time, or on a day the team no longer works
     * @param routes          each route's time out of the center against its day's limit (none on a day the
     *                        team no longer works)
     * @param outsideVisitTimes planned visits (no outcome yet) off the elder's weekdays or time window of their date
     */
    public record Report(List<String> violations, int assigned, int unassigned, long travelSeconds,
                         long travelMeters, long routeSeconds, long capacitySeconds, List<Long> overflowing,
                         List<RouteTime> routes, List<Long> outsideVisitTimes) {

        public boolean feasible() {
            return violations.isEmpty();
        }

        public double travelMinutesPerVisit() {
            return assigned == 0 ? 0 : travelSeconds / 60.0 / assigned;
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
        List<String> violations = new ArrayList<>();
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
        List<Long> overflowing = new ArrayList<>();
        List<RouteTime> routeTimes = new ArrayList<>();
        List<Long> outsideVisitTimes = new ArrayList<>();

        Map<String, List<Visit>> routes = assigned.stream().collect(Collectors.groupingBy(
                v -> v.getTeamId() + "@" + v.getVisitDate()));
        for (List<Visit> route : routes.values()) {
            route.sort(Comparator.comparing(Visit::getRoutePosition));
            Visit first = route.get(0);
            Team team = teams.get(first.getTeamId());
            String where = team.getName() + " on " + first.getVisitDate();
            Capacity capacity = workingDays.get(team.getId()).get(first.getVisitDate());
            if (capacity == null) {
                violations.add(where + ": the team does not work that day");
                route.forEach(visit -> overflowing.add(visit.getId()));
                continue;
            }
            if (route.size() > capacity.maxVisits()) {
                violations.add(where + ": " + route.size() + " visits, at most " + capacity.maxVisits());
            }
            double speed = team.getTravelMode().kilometersPerHour();
            Point center = RosterPlanMapper.point(in.center().getLocation());
            Point at = center;
            int start = in.center().getVisitStart().toSecondOfDay();
            int limit = start + limitSeconds(in.center(), capacity);
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
                    violations.add(where + ": visit " + visit.getId() + " starts before the team can arrive");
                } else {
                    time = visit.getPlannedStart().toSecondOfDay();
                }
                time += visit.getDurationMinutes() * 60;
                at = home;
                int homeToCenter = TravelModel.secondsAt(travel.distance(at, center), speed);
                if (position++ >= capacity.maxVisits() || time + homeToCenter > limit + 1) {
                    overflowing.add(visit.getId());
                }
            }
            long back = travel.distance(at, center);
            travelMeters += back;
            travelSeconds += TravelModel.secondsAt(back, speed);
            time += TravelModel.secondsAt(back, speed);
            routeSeconds += time - start;
            capacitySeconds += limit - start;
            routeTimes.add(new RouteTime(team.getId(), first.getVisitDate(), time - start, limit - start));
            if (time > limit + 1) {
                violations.add(where + ": back at the center " + (time - limit) / 60 + " min after the day's limit");
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
                violations.add("visit " + visit.getId() + ": " + team.getName() + " lacks " + visit.getRequiredSkills().format());
            }
            if (elder.getUnavailableDates().contains(visit.getVisitDate())) {
                violations.add("visit " + visit.getId() + ": elder unavailable on " + visit.getVisitDate());
            }
            VisitTimes times = elder.visitTimesOn(visit.getVisitDate());
            if (!times.visitWeekdays().allows(visit.getVisitDate())) {
                violations.add("visit " + visit.getId() + ": elder is visited only on " + times.visitWeekdays().format()
                        + ", not on " + visit.getVisitDate().getDayOfWeek());
            }
            TimeWindow window = times.window();
            boolean planned = visit.getStatus() == VisitStatus.PLANNED;
            if (planned && window != null && !window.holds(visit.getPlannedStart(), visit.getDurationMinutes())) {
                violations.add("visit " + visit.getId() + ": " + visit.getPlannedStart() + " for "
                        + visit.getDurationMinutes() + " min is outside the elder's window " + window.format());
            }
            if (planned && !times.allow(visit.getVisitDate(), visit.getPlannedStart(), visit.getDurationMinutes())) {
                outsideVisitTimes.add(visit.getId());
            }
            if (contract == null || !contract.activeOn(visit.getVisitDate())) {
                violations.add("visit " + visit.getId() + ": no contract in force on " + visit.getVisitDate());
            }
        }
        Map<Long, List<Visit>> byElder = made.stream().collect(Collectors.groupingBy(RosterPlanMapper::spacedWith));
        for (List<Visit> elderVisits : byElder.values()) {
            Elder elder = in.elders().get(elderVisits.get(0).getElderId());
            int gap = in.policy().tierFor(elder.latestAssessmentOn(in.month().atEndOfMonth()).orElseThrow().score())
                    .minGapDays();
            elderVisits.sort(Comparator.comparing(Visit::getVisitDate));
            for (int i = 1; i < elderVisits.size(); i++) {
                long days = ChronoUnit.DAYS.between(elderVisits.get(i - 1).getVisitDate(), elderVisits.get(i).getVisitDate());
                if (days < gap) {
                    violations.add("elder " + elder.getCode() + ": visits " + days + " days apart, at least " + gap);
                }
            }
        }
        return new Report(violations, assigned.size(), asked.size() - assigned.size(), travelSeconds, travelMeters,
                routeSeconds, capacitySeconds, overflowing, routeTimes, outsideVisitTimes);
    }
}
