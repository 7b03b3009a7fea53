package com.carerounds.roster;

import com.carerounds.calendar.WorkingCalendar;
import com.carerounds.center.HealthCenter;
import com.carerounds.contract.Contract;
import com.carerounds.elder.Elder;
import com.carerounds.elder.TimeWindow;
import com.carerounds.elder.VisitTimes;
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
import com.carerounds.visit.VisitStatus;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one place where the persisted roster becomes a planning problem and the solved plan becomes
 * planned visits again. The solver package knows nothing of persistence.
 */
public final class RosterPlanMapper {

    /**
     * Everything a roster's plan is made from; {@code published} is where the published plan has each
     * visit (empty for a roster not yet published), which a re-plan keeps where it can; {@code
     * overtimeMinutes} how far past its capacity a team's day may run (a re-plan of a published roster).
     */
    public record Inputs(HealthCenter center, VisitPolicy policy, YearMonth month, List<Team> teams,
                         Map<Long, Elder> elders, Map<Long, Contract> contractByElder, WorkingCalendar calendar,
                         List<Visit> visits, Map<Long, PublishedPlace> published, int overtimeMinutes) {

        /** The same inputs with another overtime allowance: 0 to check a plan against the capacity as set. */
        public Inputs withOvertimeMinutes(int minutes) {
            return new Inputs(center, policy, month, teams, elders, contractByElder, calendar, visits, published, minutes);
        }

        /**
         * Whether the visit is with the elder's contracted team: that of the elder's contract of the month,
         * the one in force for its longest part ({@link VisitDemand#contractIn}).
         */
        public boolean withContractedTeam(Visit visit) {
            Contract contract = contractByElder.get(visit.getElderId());
            return contract != null && contract.getTeamId().equals(visit.getTeamId());
        }
    }

    private static final int SECONDS_PER_DAY = 24 * 60 * 60;

    /** A visit's team, date, start and route position in the published plan. */
    public record PublishedPlace(Long teamId, LocalDate date, LocalTime start, int position) {

        /** Whether the visit is planned exactly here. */
        public boolean isWhere(Visit visit) {
            return teamId.equals(visit.getTeamId()) && date.equals(visit.getVisitDate())
                    && start.equals(visit.getPlannedStart()) && Integer.valueOf(position).equals(visit.getRoutePosition());
        }
    }

    /**
     * Planned visits let out of a re-plan's frozen window: by an event ({@code visitIds}: the team that
     * called in sick this morning, an elder taken to hospital, an urgent visit), from {@code today}, and
     * those still waiting for a place ({@code waitingIds}), from {@code waitingFrom} (tomorrow once the
     * teams have set out), to the first open day they may go on any team's day after its fixed visits,
     * where no other visit may go.
     */
    public record Release(LocalDate today, Set<Long> visitIds, Set<Long> waitingIds, LocalDate waitingFrom) {

        public static final Release NONE = new Release(null, Set.of(), Set.of(), null);

        boolean isEmpty() {
            return visitIds.isEmpty() && waitingIds.isEmpty();
        }
    }

    /** A change of a published visit this many days ahead of the first open day or more costs the least. */
    static final int CHANGE_HORIZON_DAYS = 28;

    private final TravelModel travel;

    public RosterPlanMapper(TravelModel travel) {
        this.travel = travel;
    }

    /**
     * The plan to solve: visits planned before start on their routes, the others are for the solver to
     * place. Days before {@code openFrom} are closed (today for a first plan; after the frozen window for
     * a re-plan): their visits are fixed and nothing new goes on them, except visits an event released
     * ({@link Release}). On an open day, a visit with an outcome or a pin is fixed with the visits before
     * it on its route, as the team's time up to it depends on them. Fixed visits sit on pinned team days
     * that no move changes ({@link TeamDay#fixed}). Missed and cancelled visits are not in the plan
     * ({@link #inPlan}); an urgent visit may only go on a day up to its last allowed date.
     */
    public RosterPlan toPlan(Inputs in, RosterWeights weights, LocalDate openFrom) {
        return toPlan(in, weights, openFrom, Release.NONE, false);
    }

    /** The plan to solve, with visits an event released from the frozen window ({@link Release}). */
    public RosterPlan toPlan(Inputs in, RosterWeights weights, LocalDate openFrom, Release release) {
        return toPlan(in, weights, openFrom, release, false);
    }

    /** The plan exactly as saved, unassigned visits in their teams' holding lists: for explaining its score. */
    public RosterPlan toSavedPlan(Inputs in, RosterWeights weights, LocalDate openFrom) {
        return toPlan(in, weights, openFrom, Release.NONE, true);
    }

    /**
     * The visits a plan holds: those to make and those made. A missed visit is made up by another and
     * spaces nothing; a cancelled one is no longer asked for.
     */
    static boolean inPlan(Visit visit) {
        return visit.getStatus() == VisitStatus.PLANNED || visit.getStatus() == VisitStatus.DONE;
    }

    /**
     * Whose visits a visit is spaced from (the minimum gap, the even spacing): the elder's of the month. An
     * urgent visit is asked for by what happened, not by the month's rhythm: it is spaced from none.
     */
    static long spacedWith(Visit visit) {
        return visit.getDueBy() == null ? visit.getElderId() : -visit.getId();
    }

    private RosterPlan toPlan(Inputs in, RosterWeights weights, LocalDate openFrom, Release release,
                              boolean holdUnassigned) {
        YearMonth month = in.month();
        LocalDate first = month.atDay(1);
        // With released visits the frozen window's days are open after their fixed visits, to those visits only.
        LocalDate daysFrom = release.isEmpty() || !release.today().isBefore(openFrom) ? openFrom : release.today();
        long frozenDays = dayMask(first, month, daysFrom.datesUntil(openFrom).toList());
        LocalDate waitingFrom = release.waitingIds().isEmpty() || release.waitingFrom().isBefore(daysFrom) ? daysFrom
                : release.waitingFrom().isAfter(openFrom) ? openFrom : release.waitingFrom();
        long beforeWaitingFrom = dayMask(first, month, daysFrom.datesUntil(waitingFrom).toList());
        List<Visit> demand = in.visits().stream().filter(RosterPlanMapper::inPlan).toList();
        Point center = point(in.center().getLocation());
        int start = in.center().getVisitStart().toSecondOfDay();
        int end = in.center().getVisitEnd().toSecondOfDay();

        List<PlanningTeam> teams = new ArrayList<>();
        Map<Long, PlanningTeam> teamById = new HashMap<>();
        List<TeamDay> teamDays = new ArrayList<>();
        Map<Long, Map<LocalDate, TeamDay>> dayOf = new HashMap<>();
        Map<Long, Map<LocalDate, TeamAvailability.AvailableDay>> availableOf = new HashMap<>();
        Map<Long, TeamDay> holdingOf = new HashMap<>();
        TeamAvailability availability = new TeamAvailability(in.calendar());
        long[] dayId = {0};
        for (Team team : in.teams()) {
            PlanningTeam planningTeam = new PlanningTeam(team.getId(), team.getName(), skillMask(team.skills()),
                    team.getTravelMode().kilometersPerHour());
            teams.add(planningTeam);
            teamById.put(team.getId(), planningTeam);
            for (TeamAvailability.AvailableDay day : availability.days(team, month)) {
                availableOf.computeIfAbsent(team.getId(), id -> new HashMap<>()).put(day.date(), day);
                if (day.date().isBefore(daysFrom)) {
                    continue;
                }
                TeamDay teamDay = TeamDay.working(++dayId[0], planningTeam, day.date(),
                        (int) ChronoUnit.DAYS.between(first, day.date()), center, start, end,
                        day.capacity().maxVisitMinutes() * 60, day.capacity().maxVisits(), Integer.MAX_VALUE, travel)
                        .withOvertimeAllowance(in.overtimeMinutes() * 60);
                teamDays.add(teamDay);
                dayOf.computeIfAbsent(team.getId(), id -> new HashMap<>()).put(day.date(), teamDay);
            }
            TeamDay holding = TeamDay.holding(++dayId[0], planningTeam, center, travel);
            teamDays.add(holding);
            holdingOf.put(team.getId(), holding);
        }

        Map<Long, Long> visitsPerElder = demand.stream()
                .collect(Collectors.groupingBy(RosterPlanMapper::spacedWith, Collectors.counting()));
        List<PlanningVisit> visits = new ArrayList<>();
        Map<Long, VisitTimes[]> timesOf = new HashMap<>();
        for (Visit visit : demand) {
            // Only released visits go on the frozen window's open rest; a visit fixed there stays where it is.
            boolean mayEnterFrozen = release.visitIds().contains(visit.getId()) || (visit.isAssigned()
                    && !visit.getVisitDate().isBefore(daysFrom) && visit.getVisitDate().isBefore(openFrom));
            long closed = mayEnterFrozen ? 0 : release.waitingIds().contains(visit.getId()) ? beforeWaitingFrom : frozenDays;
            PlanningVisit planningVisit = planningVisit(in, visit, visit.getId(),
                    visitsPerElder.get(spacedWith(visit)).intValue(), timesOf)
                    .withAllowedDays(~closed & onOrBefore(first, visit.getDueBy()));
            PublishedPlace published = in.published().get(visit.getId());
            if (published != null) {
                long daysAhead = Math.max(0, ChronoUnit.DAYS.between(openFrom, published.date()));
                planningVisit.withPublished(published.teamId(), (int) ChronoUnit.DAYS.between(first, published.date()),
                        published.start().toSecondOfDay(), (int) (CHANGE_HORIZON_DAYS - Math.min(daysAhead, CHANGE_HORIZON_DAYS)));
            }
            visits.add(planningVisit);
        }
        Map<Long, PlanningVisit> byId = visits.stream().collect(Collectors.toMap(PlanningVisit::getId, v -> v));
        Set<Long> fixed = new HashSet<>();
        Map<PlanningVisit, LocalDate> onOpenDay = new HashMap<>();
        Map<List<Object>, List<Visit>> storedRoutes = demand.stream()
                .filter(v -> v.isAssigned() && !release.visitIds().contains(v.getId()))
                .sorted(Comparator.comparing(Visit::getRoutePosition, Comparator.nullsLast(Comparator.naturalOrder())))
                .collect(Collectors.groupingBy(v -> List.of(v.getTeamId(), v.getVisitDate()), LinkedHashMap::new,
                        Collectors.toList()));
        for (List<Visit> route : storedRoutes.values()) {
            Long teamId = route.get(0).getTeamId();
            LocalDate date = route.get(0).getVisitDate();
            int fixedCount = date.isBefore(openFrom) ? route.size() : lastFixedOnOpenDay(route) + 1;
            TeamDay open = dayOf.getOrDefault(teamId, Map.of()).get(date);
            if (fixedCount > 0) {
                TeamDay fixedPart = fixedDay(++dayId[0], teamById, teamId, date, first, center, start, end,
                        availableOf.getOrDefault(teamId, Map.of()).get(date), fixedCount)
                        .withOvertimeAllowance(in.overtimeMinutes() * 60);
                route.subList(0, fixedCount).forEach(v -> fixedPart.getVisits().add(byId.get(v.getId())));
                route.subList(0, fixedCount).forEach(v -> fixed.add(v.getId()));
                Routes.link(fixedPart);
                teamDays.add(fixedPart);
                if (open != null) {
                    Visit lastFixed = route.get(fixedCount - 1);
                    TeamDay rest = TeamDay.after(fixedPart, ++dayId[0],
                            lastFixed.getPlannedStart().toSecondOfDay() + lastFixed.getDurationMinutes() * 60,
                            lastFixed.getRoutePosition() + 1);
                    teamDays.set(teamDays.indexOf(open), rest);
                    dayOf.get(teamId).put(date, rest);
                    open = rest;
                }
            }
            // Planned before (a re-solve): the rest starts where it is, so the solver moves as little as possible;
            // those the day can no longer reach (the center moved), take (the elder is away, the contract
            // ended, the elder's visit times changed) or, to solve, count (its most visits cut) wait to be
            // placed again, or explained.
            if (open != null) {
                for (Visit visit : route.subList(fixedCount, route.size())) {
                    PlanningVisit planned = byId.get(visit.getId());
                    boolean keepsTimes = holdUnassigned || in.elders().get(visit.getElderId()).visitTimesOn(date)
                            .allow(date, visit.getPlannedStart(), visit.getDurationMinutes());
                    if (open.canReach(planned) && planned.allowedOn(open.getDayIndex()) && keepsTimes
                            && (holdUnassigned || open.getVisits().size() < open.getMaxVisits())) {
                        open.getVisits().add(planned);
                        onOpenDay.put(planned, date);
                    }
                }
            }
        }
        // Fixed visits keep the times they happened or were pinned at, whatever window is set since.
        Map<Long, Long> elderOf = demand.stream().collect(Collectors.toMap(Visit::getId, Visit::getElderId));
        visits.stream().filter(v -> !fixed.contains(v.getId()))
                .forEach(v -> keepWindow(timesOf.get(elderOf.get(v.getId())), v, onOpenDay.get(v),
                        (int) ChronoUnit.DAYS.between(first, daysFrom)));
        if (holdUnassigned) {
            Set<PlanningVisit> placed = new HashSet<>();
            teamDays.forEach(day -> placed.addAll(day.getVisits()));
            visits.stream().filter(v -> !placed.contains(v))
                    .forEach(v -> holdingOf.getOrDefault(v.getContractedTeamId(), holdingOf.values().iterator().next())
                            .getVisits().add(v));
        }
        Routes.link(teamDays);
        return new RosterPlan(first, month.lengthOfMonth(), teams, teamDays, visits, weights);
    }

    /**
     * One more visit of an elder beside the roster's own (not stored yet, so under {@code id}), mapped as
     * they are and on no route: the caller adds it to the plan's visits to find it a place.
     */
    public PlanningVisit extraVisit(Inputs in, Visit visit, long id, long allowedDays) {
        long others = in.visits().stream().filter(v -> v.getElderId().equals(visit.getElderId())).count();
        Map<Long, VisitTimes[]> timesOf = new HashMap<>();
        PlanningVisit planned = planningVisit(in, visit, id, (int) others + 1, timesOf).withAllowedDays(allowedDays);
        keepWindow(timesOf.get(visit.getElderId()), planned, null, 0);
        return planned;
    }

    /**
     * The elder's time window on the visit, as a window on its start (the whole visit inside it). A window
     * changed during the month holds from its date on, what is planned before keeping the one before: a
     * visit keeps to the days of one window, the one of the day it is on, or for a visit on no route the one
     * with the most days it may be on from {@code fromDay}, the first a solve may place it on.
     */
    private static void keepWindow(VisitTimes[] times, PlanningVisit planned, LocalDate on, int fromDay) {
        int days = times.length;
        List<TimeWindow> byDay = new ArrayList<>(days);
        for (VisitTimes day : times) {
            byDay.add(day.window());
        }
        TimeWindow window;
        if (byDay.stream().distinct().count() == 1) {
            window = byDay.get(0);
        } else {
            window = on != null ? byDay.get(on.getDayOfMonth() - 1) : mostAllowed(planned, byDay, fromDay);
            long sameWindow = 0;
            for (int day = 0; day < days; day++) {
                if (Objects.equals(byDay.get(day), window)) {
                    sameWindow |= 1L << day;
                }
            }
            planned.withAllowedDays(sameWindow);
        }
        if (window != null) {
            int start = window.start().toSecondOfDay();
            planned.withWindow(start, Math.max(start, window.end().toSecondOfDay() - planned.getServiceSeconds()));
        }
    }

    /**
     * The window (or none) of the most days from {@code fromDay} on the visit may be on, the later one on a
     * tie: the days before it are past or frozen, and a window that only they have would leave it no day.
     */
    private static TimeWindow mostAllowed(PlanningVisit planned, List<TimeWindow> byDay, int fromDay) {
        Map<TimeWindow, Integer> count = new HashMap<>();
        TimeWindow best = byDay.get(byDay.size() - 1);
        for (int day = Math.max(0, fromDay); day < byDay.size(); day++) {
            if (planned.allowedOn(day)) {
                count.merge(byDay.get(day), 1, Integer::sum);
            }
        }
        for (int day = byDay.size() - 1; day >= 0; day--) {
            if (count.getOrDefault(byDay.get(day), 0) > count.getOrDefault(best, 0)) {
                best = byDay.get(day);
            }
        }
        return best;
    }

    /**
     * A visit of the roster as the solver sees it; {@code count}: the elder's visits this month;
     * {@code timesOf}: each elder's visit times by day of the month, filled as elders come.
     */
    private static PlanningVisit planningVisit(Inputs in, Visit visit, long id, int count, Map<Long, VisitTimes[]> timesOf) {
        YearMonth month = in.month();
        LocalDate first = month.atDay(1);
        Elder elder = in.elders().get(visit.getElderId());
        VisitTimes[] times = timesOf.computeIfAbsent(elder.getId(), elderId -> {
            VisitTimes[] byDay = new VisitTimes[month.lengthOfMonth()];
            for (int day = 0; day < byDay.length; day++) {
                byDay[day] = elder.visitTimesOn(first.plusDays(day));
            }
            return byDay;
        });
        Contract contract = in.contractByElder().get(visit.getElderId());
        int adl = elder.latestAssessmentOn(month.atEndOfMonth()).orElseThrow().score();
        return new PlanningVisit(id, spacedWith(visit), visit.getVisitNumber(), point(elder.getLocation()),
                contract.getTeamId(), skillMask(visit.getRequiredSkills().skills()),
                visit.getDurationMinutes() * 60,
                in.policy().priorityOf(visit.getKind() == VisitKind.HOME_HOSPITAL_BED, elder.getCategories()),
                dayMask(first, month, elder.getUnavailableDates()),
                in.policy().tierFor(adl).minGapDays(), month.lengthOfMonth() / count)
                .withAllowedDays(allowedDays(first, contract, times))
                .withPreferredHalfDay(elder.getPreferredHalfDay());
    }

    /** The position of the last visit on an open day's route that is done, missed or pinned; -1 if none. */
    private static int lastFixedOnOpenDay(List<Visit> route) {
        for (int i = route.size() - 1; i >= 0; i--) {
            if (route.get(i).getStatus() != VisitStatus.PLANNED || route.get(i).isPinned()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The pinned team day holding a route's fixed visits, with that date's capacity; on a date the team
     * no longer works (leave recorded afterwards), as much as the fixed visits need: what happened stands.
     */
    private TeamDay fixedDay(long id, Map<Long, PlanningTeam> teamById, Long teamId, LocalDate date, LocalDate first,
                             Point center, int start, int end, TeamAvailability.AvailableDay available, int visits) {
        PlanningTeam team = teamById.get(teamId);
        if (team == null) {
            throw new IllegalStateException("team " + teamId + " of fixed visits on " + date + " is not the center's");
        }
        int capacitySeconds = available == null ? end - start : available.capacity().maxVisitMinutes() * 60;
        int maxVisits = available == null ? visits : available.capacity().maxVisits();
        return TeamDay.fixed(id, team, date, (int) ChronoUnit.DAYS.between(first, date), center, start, end,
                capacitySeconds, maxVisits, Integer.MAX_VALUE, travel);
    }

    /**
     * Writes the solved plan onto the roster's visits that may change: team, date, start and route
     * position, or why not. Fixed visits are left as they are. A plan saved while still infeasible may
     * run a route past midnight; such a visit is stored as out of reach rather than with a time that is
     * not on its day. Returns the visits written.
     */
    public List<Visit> apply(RosterPlan plan, Map<Long, UnassignedReason> reasons, Collection<Visit> visits) {
        Map<Long, Visit> byId = visits.stream().collect(Collectors.toMap(Visit::getId, v -> v));
        List<Visit> written = new ArrayList<>();
        for (TeamDay day : plan.getTeamDays()) {
            if (day.isPinned()) {
                continue;
            }
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
                            day.getPositionOffset() + position);
                }
                written.add(visit);
            }
        }
        return written;
    }

    /**
     * The first day a re-plan may change: the day after today and the next {@code frozenWorkingDays}
     * days on which any team works (the teams already have those lists); past the month, none.
     */
    public LocalDate openFromAfterFrozenWindow(Inputs in, LocalDate today, int frozenWorkingDays) {
        TeamAvailability availability = new TeamAvailability(in.calendar());
        Set<LocalDate> worked = new HashSet<>();
        in.teams().forEach(team -> availability.days(team, in.month()).forEach(day -> worked.add(day.date())));
        LocalDate day = today.plusDays(1);
        LocalDate afterMonth = in.month().atEndOfMonth().plusDays(1);
        for (int left = frozenWorkingDays; left > 0 && day.isBefore(afterMonth); day = day.plusDays(1)) {
            if (worked.contains(day)) {
                left--;
            }
        }
        return day;
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

    /** The skills of a mask made by {@link #skillMask}. */
    static Set<Skill> skillsOf(int mask) {
        Set<Skill> skills = EnumSet.noneOf(Skill.class);
        for (Skill skill : Skill.values()) {
            if ((mask & (1 << skill.ordinal())) != 0) {
                skills.add(skill);
            }
        }
        return skills;
    }

    /** Days of the month from {@code from} to {@code to}, both inclusive, as the solver's day mask. */
    static long daysBetween(YearMonth month, LocalDate from, LocalDate to) {
        long mask = 0;
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            if (YearMonth.from(date).equals(month)) {
                mask |= 1L << (date.getDayOfMonth() - 1);
            }
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

    /** Days of the horizon up to a last allowed date; every day without one. */
    private static long onOrBefore(LocalDate first, LocalDate last) {
        if (last == null) {
            return -1L;
        }
        long days = Math.min(63, Math.max(0, ChronoUnit.DAYS.between(first, last) + 1));
        return days == 63 ? -1L : ~(-1L << days);
    }

    /** Days the contract is in force on and, if the elder can only be seen on some weekdays that day, one of those. */
    private static long allowedDays(LocalDate first, Contract contract, VisitTimes[] times) {
        long mask = 0;
        for (int day = 0; day < times.length; day++) {
            LocalDate date = first.plusDays(day);
            if (contract.activeOn(date) && times[day].visitWeekdays().allows(date)) {
                mask |= 1L << day;
            }
        }
        return mask;
    }
}
