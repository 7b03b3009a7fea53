package com.carerounds.roster;

import com.carerounds.calendar.WorkingCalendar;
import com.carerounds.center.HealthCenter;
import com.carerounds.contract.Contract;
import com.carerounds.elder.Elder;
import com.carerounds.elder.VisitWeekdays;
import com.carerounds.geo.Location;
import com.carerounds.policy.VisitPolicy;
import com.carerounds.solver.PlanningTeam;
import com.carerounds.solver.PlanningVisit;
import com.carerounds.solver.Point;
import com.carerounds.solver.RosterPlan;
import com.carerounds.solver.RosterWeights;
import com.carerounds.solver.Routes;
import com.carerounds.solver.TeamDay;
import com.carerounds.solver.TravelModel;
import com.carerounds.solver.UnassignedReason;
import com.carerounds.team.Skill;
import com.carerounds.team.Team;
import com.carerounds.visit.Visit;
import com.carerounds.visit.VisitKind;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one place where the persisted roster becomes a planning problem and the solved plan becomes
 * planned visits again. The solver package knows nothing of persistence.
 */
public final class RosterPlanMapper {

    /** Everything a roster's plan is made from. */
    public record Inputs(HealthCenter center, VisitPolicy policy, YearMonth month, List<Team> teams,
                         Map<Long, Elder> elders, Map<Long, Contract> contractByElder, WorkingCalendar calendar,
                         List<Visit> visits) {
    }

    private static final int SECONDS_PER_DAY = 24 * 60 * 60;

    private final TravelModel travel;

    public RosterPlanMapper(TravelModel travel) {
        this.travel = travel;
    }

    /** The plan to solve: visits planned before start on their routes, the others are for the solver to place. */
    public RosterPlan toPlan(Inputs in, RosterWeights weights) {
        return toPlan(in, weights, false);
    }

    /** The plan exactly as saved, unassigned visits in their teams' holding lists: for explaining its score. */
    public RosterPlan toSavedPlan(Inputs in, RosterWeights weights) {
        return toPlan(in, weights, true);
    }

    private RosterPlan toPlan(Inputs in, RosterWeights weights, boolean holdUnassigned) {
        YearMonth month = in.month();
        LocalDate first = month.atDay(1);
        Point center = point(in.center().getLocation());
        int start = in.center().getVisitStart().toSecondOfDay();
        int end = in.center().getVisitEnd().toSecondOfDay();

        List<PlanningTeam> teams = new ArrayList<>();
        List<TeamDay> teamDays = new ArrayList<>();
        Map<Long, Map<LocalDate, TeamDay>> dayOf = new HashMap<>();
        Map<Long, TeamDay> holdingOf = new HashMap<>();
        TeamAvailability availability = new TeamAvailability(in.calendar());
        long dayId = 0;
        for (Team team : in.teams()) {
            PlanningTeam planningTeam = new PlanningTeam(team.getId(), team.getName(), skillMask(team.skills()),
                    team.getTravelMode().kilometersPerHour());
            teams.add(planningTeam);
            for (TeamAvailability.AvailableDay day : availability.days(team, month)) {
                TeamDay teamDay = TeamDay.working(++dayId, planningTeam, day.date(),
                        (int) ChronoUnit.DAYS.between(first, day.date()), center, start, end,
                        day.capacity().maxVisitMinutes() * 60, day.capacity().maxVisits(), Integer.MAX_VALUE, travel);
                teamDays.add(teamDay);
                dayOf.computeIfAbsent(team.getId(), id -> new HashMap<>()).put(day.date(), teamDay);
            }
            TeamDay holding = TeamDay.holding(++dayId, planningTeam, center, travel);
            teamDays.add(holding);
            holdingOf.put(team.getId(), holding);
        }

        Map<Long, Long> visitsPerElder = in.visits().stream()
                .collect(Collectors.groupingBy(Visit::getElderId, Collectors.counting()));
        List<PlanningVisit> visits = new ArrayList<>();
        for (Visit visit : in.visits()) {
            Elder elder = in.elders().get(visit.getElderId());
            Contract contract = in.contractByElder().get(visit.getElderId());
            int adl = elder.latestAssessmentOn(month.atEndOfMonth()).orElseThrow().score();
            int count = visitsPerElder.get(visit.getElderId()).intValue();
            PlanningVisit planningVisit = new PlanningVisit(visit.getId(), elder.getId(), visit.getVisitNumber(),
                    point(elder.getLocation()),
                    contract.getTeamId(), skillMask(visit.getRequiredSkills().skills()),
                    visit.getDurationMinutes() * 60,
                    in.policy().priorityOf(visit.getKind() == VisitKind.HOME_HOSPITAL_BED, elder.getCategories()),
                    dayMask(first, month, elder.getUnavailableDates()),
                    in.policy().tierFor(adl).minGapDays(), month.lengthOfMonth() / count)
                    .withAllowedDays(allowedDays(first, month, contract, elder.getVisitWeekdays()))
                    .withPreferredHalfDay(elder.getPreferredHalfDay());
            visits.add(planningVisit);
        }
        placeAlreadyPlanned(in.visits(), visits, dayOf);
        if (holdUnassigned) {
            visits.stream().filter(v -> dayOf.values().stream().noneMatch(days -> days.values().stream()
                            .anyMatch(day -> day.getVisits().contains(v))))
                    .forEach(v -> holdingOf.getOrDefault(v.getContractedTeamId(), holdingOf.values().iterator().next())
                            .getVisits().add(v));
        }
        Routes.link(teamDays);
        return new RosterPlan(first, month.lengthOfMonth(), teams, teamDays, visits, weights);
    }

    /**
     * Visits planned before (a re-solve) start where they are, so the solver moves as little as possible;
     * those the day can no longer reach (the center moved) wait to be placed again, or explained.
     */
    private static void placeAlreadyPlanned(List<Visit> visits, List<PlanningVisit> planningVisits,
                                            Map<Long, Map<LocalDate, TeamDay>> dayOf) {
        Map<Long, PlanningVisit> byId = planningVisits.stream()
                .collect(Collectors.toMap(PlanningVisit::getId, v -> v));
        visits.stream()
                .filter(Visit::isAssigned)
                .sorted(Comparator.comparing(Visit::getRoutePosition, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(visit -> {
                    TeamDay day = dayOf.getOrDefault(visit.getTeamId(), Map.of()).get(visit.getVisitDate());
                    PlanningVisit planned = byId.get(visit.getId());
                    if (day != null && day.canReach(planned)) {
                        day.getVisits().add(planned);
                    }
                });
    }

    /**
     * Writes the solved plan onto the roster's visits: team, date, start and route position, or why not.
     * A plan saved while still infeasible may run a route past midnight; such a visit is stored as
     * out of reach rather than with a time that is not on its day.
     */
    public void apply(RosterPlan plan, Map<Long, UnassignedReason> reasons, Collection<Visit> visits) {
        Map<Long, Visit> byId = visits.stream().collect(Collectors.toMap(Visit::getId, v -> v));
        for (TeamDay day : plan.getTeamDays()) {
            List<PlanningVisit> route = day.getVisits();
            for (int position = 0; position < route.size(); position++) {
                PlanningVisit planned = route.get(position);
                Visit visit = byId.get(planned.getId());
                if (day.isHolding()) {
                    UnassignedReason reason = reasons.get(planned.getId());
                    visit.unassign(reason == null ? UnassignedReason.CAPACITY_EXHAUSTED.name() : reason.name());
                } else if (planned.departureTime() > SECONDS_PER_DAY) {
                    visit.unassign(UnassignedReason.OUT_OF_REACH.name());
                } else {
                    visit.plan(day.getTeam().id(), day.getDate(), LocalTime.ofSecondOfDay(planned.serviceStart()),
                            position);
                }
            }
        }
    }

    /** A stored place on the travel model's plane: x is the longitude, y the latitude. */
    static Point point(Location location) {
        return new Point(location.longitude(), location.latitude());
    }

    static int skillMask(Set<Skill> skills) {
        int mask = 0;
        for (Skill skill : skills) {
            mask |= 1 << skill.ordinal();
        }
        return mask;
    }

    private static long dayMask(LocalDate first, YearMonth month, Collection<LocalDate> dates) {
        long mask = 0;
        for (LocalDate date : dates) {
            if (YearMonth.from(date).equals(month)) {
                mask |= 1L << ChronoUnit.DAYS.between(first, date);
            }
        }
        return mask;
    }

    /** Days the contract is in force on and, if the elder can only be seen on some weekdays, one of those. */
    private static long allowedDays(LocalDate first, YearMonth month, Contract contract, VisitWeekdays weekdays) {
        long mask = 0;
        for (int day = 0; day < month.lengthOfMonth(); day++) {
            LocalDate date = first.plusDays(day);
            if (contract.activeOn(date) && weekdays.allows(date)) {
                mask |= 1L << day;
            }
        }
        return mask;
    }
}
