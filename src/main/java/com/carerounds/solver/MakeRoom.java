package com.carerounds.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;

/**
 * For a quick re-plan, after construction: each visit still waiting for a place (the highest priority
 * first) gets one on a full team day by moving one other visit of that day elsewhere, as a dispatcher
 * would. Where the waiting visit may go (skills, reach, allowed day, minimum gap to the elder's other
 * visits) and would fit without one visit, that visit is moved to where it fits (its gap, skills and
 * allowed days kept), the one whose published date is furthest away first, then its own team, then the
 * least travel; the pair is kept if the plan is better. Where no room can be made, the visit takes the place of
 * one of lower priority, which waits instead: a home hospital bed before a routine visit, as in the
 * full solve. A second pass tries the visits still waiting,
 * as the first may have made room. One visit moves for each visit placed, where a short search would
 * shuffle many.
 */
public class MakeRoom implements CustomPhaseCommand<RosterPlan> {

    /** Candidate pairs tried with the score for each waiting visit, the cheapest first. */
    private static final int TRIES = 10;
    private static final int PASSES = 2;

    /** Moving {@code moved} from its day to {@code movedTo} at {@code movedAt} frees room for the waiting visit. */
    private record Room(TeamDay day, PlanningVisit moved, TeamDay movedTo, int movedAt, long cost) {
    }

    /** Where a placed visit could go instead: a day with room for it, the place there and what it costs. */
    private record Elsewhere(TeamDay to, int at, long cost) {
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<RosterPlan> scoreDirector) {
        @SuppressWarnings("unchecked")
        InnerScoreDirector<RosterPlan, HardMediumSoftLongScore> inner =
                (InnerScoreDirector<RosterPlan, HardMediumSoftLongScore>) scoreDirector;
        RosterPlan plan = scoreDirector.getWorkingSolution();
        List<TeamDay> open = plan.getTeamDays().stream().filter(day -> !day.isPinned() && !day.isHolding()).toList();
        Map<Long, List<PlanningVisit>> byElder = new HashMap<>();
        plan.getVisits().forEach(v -> byElder.computeIfAbsent(v.getElderId(), e -> new ArrayList<>()).add(v));
        HardMediumSoftLongScore score = inner.calculateScore();
        // Where each placed visit could go instead depends only on the routes, which a try that is not kept
        // leaves as they were: worked out once per visit until a placement changes them.
        Map<PlanningVisit, List<Elsewhere>> elsewhere = new HashMap<>();
        DisplaceMoveFactory displacing = new DisplaceMoveFactory();
        displacing.phaseStarted(scoreDirector);
        for (int pass = 0; pass < PASSES; pass++) {
            List<PlanningVisit> waiting = plan.getVisits().stream().filter(PlanningVisit::isUnassigned)
                    .sorted(Comparator.comparingInt(PlanningVisit::getPriority).reversed()
                            .thenComparingLong(PlanningVisit::getId))
                    .toList();
            for (PlanningVisit visit : waiting) {
                HardMediumSoftLongScore placed = place(scoreDirector, inner, byElder, open, visit, score, elsewhere);
                if (placed.compareTo(score) <= 0) {
                    placed = displace(scoreDirector, inner, displacing, visit, score);
                }
                if (placed.compareTo(score) > 0) {
                    elsewhere.clear();
                }
                score = placed;
            }
        }
        displacing.phaseEnded(scoreDirector);
    }

    /**
     * Where no room can be made, the visit takes the place of a lower-priority one, which waits instead
     * (the search's {@link DisplaceMoveFactory}); kept if the plan is better. Answers the plan's score.
     */
    private static HardMediumSoftLongScore displace(ScoreDirector<RosterPlan> scoreDirector,
                                                    InnerScoreDirector<RosterPlan, HardMediumSoftLongScore> inner,
                                                    DisplaceMoveFactory displacing, PlanningVisit visit,
                                                    HardMediumSoftLongScore score) {
        RuinRecreateMove move = displacing.displacing(visit);
        if (!move.isMoveDoable(scoreDirector)) {
            return score;
        }
        RuinRecreateMove undo = (RuinRecreateMove) move.doMove(scoreDirector);
        HardMediumSoftLongScore displaced = inner.calculateScore();
        if (displaced.compareTo(score) > 0) {
            return displaced;
        }
        undo.doMoveOnly(scoreDirector);
        inner.calculateScore();
        return score;
    }

    /** Tries the cheapest rooms for the visit, keeping the first that makes the plan better; answers its score. */
    private static HardMediumSoftLongScore place(ScoreDirector<RosterPlan> scoreDirector,
                                                 InnerScoreDirector<RosterPlan, HardMediumSoftLongScore> inner,
                                                 Map<Long, List<PlanningVisit>> byElder, List<TeamDay> open,
                                                 PlanningVisit visit, HardMediumSoftLongScore score,
                                                 Map<PlanningVisit, List<Elsewhere>> elsewhere) {
        List<Room> rooms = new ArrayList<>();
        for (TeamDay day : open) {
            if (mayGo(byElder, visit, day, null)) {
                collectRooms(byElder, visit, day, open, rooms, elsewhere);
            }
        }
        rooms.sort(Comparator.comparingLong(Room::cost));
        for (Room room : rooms.subList(0, Math.min(TRIES, rooms.size()))) {
            TeamDay holding = visit.getTeamDay();
            int holdingIndex = holding.getVisits().indexOf(visit);
            TeamDay from = room.moved().getTeamDay();
            int fromIndex = from.getVisits().indexOf(room.moved());
            Routes.move(scoreDirector, from, fromIndex, room.movedTo(), room.movedAt());
            RouteInsertion.Result insertion = RouteInsertion.best(room.day(), visit);
            if (insertion.cost() != RouteInsertion.INFEASIBLE) {
                Routes.move(scoreDirector, holding, holdingIndex, room.day(), insertion.position());
                HardMediumSoftLongScore placed = inner.calculateScore();
                if (placed.compareTo(score) > 0) {
                    return placed;
                }
                Routes.move(scoreDirector, room.day(), room.day().getVisits().indexOf(visit), holding, holdingIndex);
            }
            Routes.move(scoreDirector, room.movedTo(), room.movedTo().getVisits().indexOf(room.moved()), from, fromIndex);
            inner.calculateScore();
        }
        return score;
    }

    /** Room on {@code day} for the waiting visit by moving one of the day's visits that may move elsewhere. */
    private static void collectRooms(Map<Long, List<PlanningVisit>> byElder, PlanningVisit visit, TeamDay day,
                                     List<TeamDay> open, List<Room> rooms, Map<PlanningVisit, List<Elsewhere>> elsewhere) {
        List<PlanningVisit> route = day.getVisits();
        for (int i = 0; i < route.size(); i++) {
            PlanningVisit other = route.get(i);
            if (other.getPatterns() != null) {
                continue;
            }
            List<PlanningVisit> without = new ArrayList<>(route);
            without.remove(i);
            if (!day.hasRoomFor(visit, without.size(), load(without))
                    || RouteInsertion.best(day, without, visit, true).cost() == RouteInsertion.INFEASIBLE) {
                continue;
            }
            for (Elsewhere place : elsewhere.computeIfAbsent(other, o -> elsewhere(byElder, o, open))) {
                rooms.add(new Room(day, other, place.to(), place.at(), place.cost()));
            }
        }
    }

    /** Every other open day the visit may go to and fits on, with the place and its cost. */
    private static List<Elsewhere> elsewhere(Map<Long, List<PlanningVisit>> byElder, PlanningVisit other, List<TeamDay> open) {
        List<Elsewhere> places = new ArrayList<>();
        for (TeamDay to : open) {
            if (to == other.getTeamDay() || !mayGo(byElder, other, to, other)
                    || !to.hasRoomFor(other, to.getVisits().size(), load(to.getVisits()))) {
                continue;
            }
            RouteInsertion.Result insertion = RouteInsertion.best(to, other);
            if (insertion.cost() != RouteInsertion.INFEASIBLE) {
                // A visit published soon is told to its team already; its own team next; travel breaks ties.
                long cost = ((long) other.getChangeUrgency() << 40) + RouteInsertion.teamCost(to, other) + insertion.cost();
                places.add(new Elsewhere(to, insertion.position(), cost));
            }
        }
        return places;
    }

    /** Skills, reach, allowed day and the minimum gap to the elder's other placed visits ({@code ignoring} one). */
    private static boolean mayGo(Map<Long, List<PlanningVisit>> byElder, PlanningVisit visit, TeamDay day,
                                 PlanningVisit ignoring) {
        if (!day.getTeam().hasSkills(visit.getRequiredSkills()) || !day.canReach(visit) || !visit.allowedOn(day.getDayIndex())) {
            return false;
        }
        for (PlanningVisit sibling : byElder.get(visit.getElderId())) {
            if (sibling != visit && sibling != ignoring && sibling.isAssigned()
                    && !visit.keepsGap(day.getDayIndex(), sibling.dayIndex())) {
                return false;
            }
        }
        return true;
    }

    private static int load(List<PlanningVisit> route) {
        int sum = 0;
        for (PlanningVisit visit : route) {
            sum += visit.getLoad();
        }
        return sum;
    }
}
