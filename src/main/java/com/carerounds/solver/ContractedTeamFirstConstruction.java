package com.carerounds.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * Builds the first roster fast, as a dispatcher would: elders in priority order (home hospital beds
 * first, then the most constrained, then the heaviest workload); each visit goes to the elder's contracted team on the day
 * closest to an even spacing of the elder's visits, at the cheapest feasible place in the route;
 * only when the contracted team cannot make it, to the nearest-fitting other team with the skills;
 * otherwise it waits in the holding list as unassigned. Visits already on a route stay there, and
 * nothing is put on a pinned (fixed) day, whose visits count for their elders' gaps.
 *
 * <p>Each placement looks at one day at a time and a route of a few visits, so construction stays
 * near-linear in the number of visits, unlike a generic construction heuristic that tries every
 * position of every route.
 */
public class ContractedTeamFirstConstruction implements CustomPhaseCommand<RosterPlan> {

    private static final String VISITS = "visits";

    @Override
    public void changeWorkingSolution(ScoreDirector<RosterPlan> scoreDirector) {
        RosterPlan plan = scoreDirector.getWorkingSolution();
        State state = new State(plan);
        List<List<PlanningVisit>> elders = state.unplacedByElder();
        for (List<PlanningVisit> elderVisits : elders) {
            if (elderVisits.get(0).getPatterns() != null) {
                placeOnBestPattern(scoreDirector, state, elderVisits);
                continue;
            }
            int total = state.visitCount(elderVisits.get(0).getElderId());
            for (PlanningVisit visit : elderVisits) {
                int target = (int) Math.floor((visit.getVisitNumber() - 0.5) * plan.getHorizonDays() / total);
                Placement placement = state.contractedDay(visit, target);
                if (placement == null) {
                    placement = state.otherTeamDay(visit, target);
                }
                if (placement == null) {
                    append(scoreDirector, state.holdingOf(visit), visit);
                } else {
                    insert(scoreDirector, placement.day(), placement.position(), visit);
                    state.placed(visit, placement.day());
                }
            }
        }
    }

    /**
     * An elder with allowed day combinations: the combination whose free days take the elder's
     * visits at the least cost (contracted team first, then added travel); when none takes them all,
     * the one that takes the most, the rest waiting as unassigned.
     */
    private static void placeOnBestPattern(ScoreDirector<RosterPlan> scoreDirector, State state,
                                           List<PlanningVisit> visits) {
        VisitPatterns patterns = visits.get(0).getPatterns();
        long placedDays = state.placedDays(visits.get(0).getElderId());
        List<Placement> best = List.of();
        long bestCost = Long.MAX_VALUE;
        for (int p = 0; p < patterns.size(); p++) {
            long free = patterns.mask(p) & ~placedDays;
            if ((patterns.mask(p) & placedDays) != placedDays) {
                continue;
            }
            List<Placement> placements = new ArrayList<>();
            long cost = 0;
            for (PlanningVisit visit : visits) {
                Placement cheapest = null;
                for (long days = free; days != 0; days &= days - 1) {
                    Placement candidate = state.placementOn(visit, Long.numberOfTrailingZeros(days));
                    if (candidate != null && (cheapest == null || candidate.cost() < cheapest.cost())) {
                        cheapest = candidate;
                    }
                }
                if (cheapest != null) {
                    placements.add(cheapest);
                    free &= ~(1L << cheapest.day().getDayIndex());
                    cost += cheapest.cost();
                }
            }
            // Fewer visits placed is always worse than any cost of placing more.
            cost += (long) (visits.size() - placements.size()) << 48;
            if (cost < bestCost) {
                bestCost = cost;
                best = placements;
            }
        }
        for (int i = 0; i < visits.size(); i++) {
            PlanningVisit visit = visits.get(i);
            Placement placement = i < best.size() ? best.get(i) : null;
            if (placement == null) {
                append(scoreDirector, state.holdingOf(visit), visit);
                continue;
            }
            // Recomputed: an earlier visit of this elder may have changed the route (never the same day, though).
            RouteInsertion.Result insertion = RouteInsertion.best(placement.day(), visit);
            int position = insertion.cost() == RouteInsertion.INFEASIBLE ? placement.position() : insertion.position();
            insert(scoreDirector, placement.day(), position, visit);
            state.placed(visit, placement.day());
        }
    }

    /** Where a visit goes: a team day, the position in its route, and what it costs there. */
    private record Placement(TeamDay day, int position, long cost) {
    }

    private static void append(ScoreDirector<RosterPlan> scoreDirector, TeamDay day, PlanningVisit visit) {
        insert(scoreDirector, day, day.getVisits().size(), visit);
    }

    /** Puts the visit at the position of the day's route, telling the score director (also {@link VisitPlacement}'s). */
    static void insert(ScoreDirector<RosterPlan> scoreDirector, TeamDay day, int position,
                               PlanningVisit visit) {
        scoreDirector.beforeListVariableElementAssigned(day, VISITS, visit);
        scoreDirector.beforeListVariableChanged(day, VISITS, position, position);
        day.getVisits().add(position, visit);
        scoreDirector.afterListVariableChanged(day, VISITS, position, position + 1);
        scoreDirector.afterListVariableElementAssigned(day, VISITS, visit);
        scoreDirector.triggerVariableListeners();
    }

    /** What construction knows so far: which days each elder is already visited on, each day's load. */
    private static final class State {

        private final RosterPlan plan;
        private final Map<Long, List<TeamDay>> daysByTeam = new HashMap<>();
        private final List<List<TeamDay>> daysByIndex;
        private final Map<Long, TeamDay> holdingByTeam = new HashMap<>();
        private final Map<Long, List<Integer>> elderDays = new HashMap<>();
        private final Map<Long, Integer> elderVisitCount = new HashMap<>();
        private final Map<TeamDay, Integer> load = new HashMap<>();

        State(RosterPlan plan) {
            this.plan = plan;
            this.daysByIndex = plan.workingDaysByIndex();
            for (TeamDay day : plan.getTeamDays()) {
                if (day.isHolding()) {
                    holdingByTeam.put(day.getTeam().id(), day);
                    continue;
                }
                if (!day.isPinned()) {
                    daysByTeam.computeIfAbsent(day.getTeam().id(), id -> new ArrayList<>()).add(day);
                }
                for (PlanningVisit visit : day.getVisits()) {
                    placed(visit, day);
                }
            }
            plan.getVisits().forEach(v -> elderVisitCount.merge(v.getElderId(), 1, Integer::sum));
        }

        /** Unplaced visits grouped by elder, elders in the order they should be served. */
        List<List<PlanningVisit>> unplacedByElder() {
            Set<PlanningVisit> placed = new HashSet<>();
            plan.getTeamDays().forEach(day -> placed.addAll(day.getVisits()));
            Map<Long, List<PlanningVisit>> byElder = new HashMap<>();
            for (PlanningVisit visit : plan.getVisits()) {
                if (!placed.contains(visit)) {
                    byElder.computeIfAbsent(visit.getElderId(), id -> new ArrayList<>()).add(visit);
                }
            }
            List<List<PlanningVisit>> elders = new ArrayList<>(byElder.values());
            elders.forEach(list -> list.sort(Comparator.comparingInt(PlanningVisit::getVisitNumber)));
            elders.sort(Comparator.<List<PlanningVisit>>comparingInt(list -> -list.get(0).getPriority())
                    .thenComparingInt(list -> list.get(0).allowedDayCount())
                    // Heaviest workload first, as in packing: a heavy visit fits on few team days, so
                    // it must not find them filled by light ones (Cordeau p12 left one unplaced).
                    .thenComparingLong(list -> -(long) list.get(0).getLoad() * list.size())
                    .thenComparingLong(list -> list.get(0).getElderId()));
            return elders;
        }

        int visitCount(long elderId) {
            return elderVisitCount.get(elderId);
        }

        Placement contractedDay(PlanningVisit visit, int target) {
            List<TeamDay> days = daysByTeam.getOrDefault(visit.getContractedTeamId(), List.of());
            if (days.isEmpty() || !days.get(0).getTeam().hasSkills(visit.getRequiredSkills())) {
                return null;
            }
            List<TeamDay> candidates = days.stream()
                    .filter(day -> fitsElder(visit, day))
                    .sorted(Comparator.comparingInt(day -> Math.abs(day.getDayIndex() - target)))
                    .toList();
            for (TeamDay day : candidates) {
                RouteInsertion.Result insertion = RouteInsertion.best(day, visit);
                if (insertion.cost() != RouteInsertion.INFEASIBLE) {
                    return new Placement(day, insertion.position(), insertion.cost());
                }
            }
            return null;
        }

        /** Among other teams with the skills, on the day nearest the target, the cheapest insertion. */
        Placement otherTeamDay(PlanningVisit visit, int target) {
            for (int distance = 0; distance < plan.getHorizonDays(); distance++) {
                for (int index : new int[] {target - distance, target + distance}) {
                    if (index < 0 || index >= plan.getHorizonDays() || (distance == 0 && index != target)) {
                        continue;
                    }
                    Placement best = null;
                    long bestCost = RouteInsertion.INFEASIBLE;
                    for (TeamDay day : daysByIndex.get(index)) {
                        if (day.getTeam().hasSkills(visit.getRequiredSkills()) && fitsElder(visit, day)) {
                            RouteInsertion.Result insertion = RouteInsertion.best(day, visit);
                            if (insertion.cost() < bestCost) {
                                bestCost = insertion.cost();
                                best = new Placement(day, insertion.position(), insertion.cost());
                            }
                        }
                    }
                    if (best != null) {
                        return best;
                    }
                }
            }
            return null;
        }

        /** The contracted team's day at that index if it fits, else the cheapest other team's; null if none fits. */
        Placement placementOn(PlanningVisit visit, int dayIndex) {
            Placement best = null;
            for (TeamDay day : daysByIndex.get(dayIndex)) {
                if (!day.getTeam().hasSkills(visit.getRequiredSkills()) || !fitsElder(visit, day)) {
                    continue;
                }
                RouteInsertion.Result insertion = RouteInsertion.best(day, visit);
                if (insertion.cost() == RouteInsertion.INFEASIBLE) {
                    continue;
                }
                long cost = insertion.cost() + RouteInsertion.teamCost(day, visit);
                if (best == null || cost < best.cost()) {
                    best = new Placement(day, insertion.position(), cost);
                }
            }
            return best;
        }

        long placedDays(long elderId) {
            long mask = 0;
            for (int day : elderDays.getOrDefault(elderId, List.of())) {
                mask |= 1L << day;
            }
            return mask;
        }

        /**
         * Allowed day, minimum gap to the elder's other visits, room in count, load and time. The time
         * test is a bound (any insertion adds at least the visit's duration) that spares the route
         * simulation on full days; arrival times are current because listeners run after each insert.
         */
        private boolean fitsElder(PlanningVisit visit, TeamDay day) {
            if (!visit.allowedOn(day.getDayIndex())
                    || !day.hasRoomFor(visit, day.getVisits().size(), load.getOrDefault(day, 0))
                    || routeEnd(day) + visit.getServiceSeconds() > day.returnLimitSeconds()) {
                return false;
            }
            for (int other : elderDays.getOrDefault(visit.getElderId(), List.of())) {
                if (!visit.keepsGap(day.getDayIndex(), other)) {
                    return false;
                }
            }
            return true;
        }

        private static int routeEnd(TeamDay day) {
            List<PlanningVisit> route = day.getVisits();
            if (route.isEmpty()) {
                return day.getStartSeconds();
            }
            PlanningVisit last = route.get(route.size() - 1);
            return last.departureTime() + day.travelSeconds(last.getLocation(), day.getDepot());
        }

        void placed(PlanningVisit visit, TeamDay day) {
            elderDays.computeIfAbsent(visit.getElderId(), id -> new ArrayList<>()).add(day.getDayIndex());
            load.merge(day, visit.getLoad(), Integer::sum);
        }

        TeamDay holdingOf(PlanningVisit visit) {
            TeamDay holding = holdingByTeam.get(visit.getContractedTeamId());
            return holding != null ? holding : holdingByTeam.values().iterator().next();
        }
    }
}
