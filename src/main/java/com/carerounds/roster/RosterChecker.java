package com.carerounds.roster;

import com.carerounds.contract.Contract;
import com.carerounds.elder.Elder;
import com.carerounds.geo.Location;
import com.carerounds.team.Capacity;
import com.carerounds.team.Team;
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
 * its own arithmetic and without the solver's score: what tests and benchmarks trust.
 */
public final class RosterChecker {

    private final double detourFactor;

    public RosterChecker(double detourFactor) {
        this.detourFactor = detourFactor;
    }

    /**
     * @param routeSeconds    time out of the center over all routes, from leaving to coming back
     * @param capacitySeconds home-visit capacity of the days those routes run on
     * @param overflowing     visits past their day's maximum count, or that the team cannot finish and be back in time
     */
    public record Report(List<String> violations, int assigned, int unassigned, long travelSeconds,
                         long travelMeters, long routeSeconds, long capacitySeconds, List<Long> overflowing) {

        public boolean feasible() {
            return violations.isEmpty();
        }

        public double travelMinutesPerVisit() {
            return assigned == 0 ? 0 : travelSeconds / 60.0 / assigned;
        }
    }

    public Report check(RosterPlanMapper.Inputs in, List<Visit> visits) {
        List<String> violations = new ArrayList<>();
        Map<Long, Team> teams = in.teams().stream().collect(Collectors.toMap(Team::getId, Function.identity()));
        TeamAvailability availability = new TeamAvailability(in.calendar());
        Map<Long, Map<LocalDate, Capacity>> workingDays = new HashMap<>();
        for (Team team : in.teams()) {
            workingDays.put(team.getId(), availability.days(team, in.month()).stream()
                    .collect(Collectors.toMap(TeamAvailability.TeamDay::date, TeamAvailability.TeamDay::capacity)));
        }
        List<Visit> assigned = visits.stream().filter(Visit::isAssigned).toList();
        long travelSeconds = 0;
        long travelMeters = 0;
        long routeSeconds = 0;
        long capacitySeconds = 0;
        List<Long> overflowing = new ArrayList<>();

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
                continue;
            }
            if (route.size() > capacity.maxVisits()) {
                violations.add(where + ": " + route.size() + " visits, at most " + capacity.maxVisits());
            }
            double speed = team.getTravelMode().kilometersPerHour() / 3.6;
            Location at = in.center().getLocation();
            int start = in.center().getVisitStart().toSecondOfDay();
            int limit = Math.min(in.center().getVisitEnd().toSecondOfDay(), start + capacity.maxVisitMinutes() * 60);
            int time = start;
            int position = 0;
            for (Visit visit : route) {
                Elder elder = in.elders().get(visit.getElderId());
                long meters = Math.round(at.metersTo(elder.getLocation()) * detourFactor);
                travelMeters += meters;
                travelSeconds += Math.round(meters / speed);
                time += (int) Math.round(meters / speed);
                if (visit.getPlannedStart() == null || visit.getPlannedStart().toSecondOfDay() < time - 1) {
                    violations.add(where + ": visit " + visit.getId() + " starts before the team can arrive");
                } else {
                    time = visit.getPlannedStart().toSecondOfDay();
                }
                time += visit.getDurationMinutes() * 60;
                at = elder.getLocation();
                long home = Math.round(at.metersTo(in.center().getLocation()) * detourFactor);
                if (position++ >= capacity.maxVisits() || time + Math.round(home / speed) > limit + 1) {
                    overflowing.add(visit.getId());
                }
            }
            long back = Math.round(at.metersTo(in.center().getLocation()) * detourFactor);
            travelMeters += back;
            travelSeconds += Math.round(back / speed);
            time += (int) Math.round(back / speed);
            routeSeconds += time - start;
            capacitySeconds += limit - start;
            if (time > limit + 1) {
                violations.add(where + ": back at the center " + (time - limit) / 60 + " min after the day's limit");
            }
        }

        for (Visit visit : assigned) {
            Team team = teams.get(visit.getTeamId());
            Elder elder = in.elders().get(visit.getElderId());
            Contract contract = in.contractByElder().get(visit.getElderId());
            if (!visit.getRequiredSkills().coveredBy(team.skills())) {
                violations.add("visit " + visit.getId() + ": " + team.getName() + " lacks " + visit.getRequiredSkills().format());
            }
            if (elder.getUnavailableDates().contains(visit.getVisitDate())) {
                violations.add("visit " + visit.getId() + ": elder unavailable on " + visit.getVisitDate());
            }
            if (!elder.getVisitWeekdays().allows(visit.getVisitDate())) {
                violations.add("visit " + visit.getId() + ": elder is visited only on " + elder.getVisitWeekdays().format()
                        + ", not on " + visit.getVisitDate().getDayOfWeek());
            }
            if (contract == null || !contract.activeOn(visit.getVisitDate())) {
                violations.add("visit " + visit.getId() + ": no contract in force on " + visit.getVisitDate());
            }
        }
        Map<Long, List<Visit>> byElder = assigned.stream().collect(Collectors.groupingBy(Visit::getElderId));
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
        return new Report(violations, assigned.size(), visits.size() - assigned.size(), travelSeconds, travelMeters,
                routeSeconds, capacitySeconds, overflowing);
    }
}
