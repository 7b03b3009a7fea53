package com.carerounds.solver;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.optaplanner.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import org.optaplanner.core.impl.heuristic.selector.move.generic.list.ListChangeMove;
import org.optaplanner.core.impl.heuristic.selector.move.generic.list.ListSwapMove;
import org.optaplanner.core.impl.heuristic.selector.move.generic.list.SubListChangeMove;

/**
 * Keeps generic moves off fixed visits, and skips moves that can only worsen the roster, so the search
 * spends its time on useful ones:
 * <ul>
 * <li>any move that touches a fixed team day ({@link TeamDay#isPinned}: what happened, or is pinned),
 * as source or destination; every generic move selector of the configuration has this filter;</li>
 * <li>moving a visit into a holding list on its own, unless its place breaks a hard rule (a day it may
 * not have, a skill, the minimum gap, or a route over its count, hours, windows or points): then
 * taking it out may be the only repair, as for two visits of one elder whose days are too close;
 * otherwise it only loses the visit, and accepting such moves lets the search drift; trading a
 * low-priority visit for a higher-priority one goes through swaps and {@link DisplaceMoveFactory};</li>
 * <li>moving one visit of an elder with allowed day combinations to another day, alone or by a swap:
 * that breaks the combination; {@link PatternChangeMove} changes the days of all visits at once;</li>
 * <li>putting a visit on a day whose team cannot reach it and be back within the hours
 * ({@link TeamDay#canReach}): it stays unassigned, explained as out of reach.</li>
 * </ul>
 */
public class RosterMoveFilter implements SelectionFilter<RosterPlan, Move<RosterPlan>> {

    @Override
    public boolean accept(ScoreDirector<RosterPlan> scoreDirector, Move<RosterPlan> move) {
        if (move instanceof ListChangeMove<RosterPlan> change) {
            TeamDay from = (TeamDay) change.getSourceEntity();
            TeamDay to = (TeamDay) change.getDestinationEntity();
            PlanningVisit visit = (PlanningVisit) change.getMovedValue();
            if (to.isHolding()) {
                return !from.isPinned() && !from.isHolding() && breaksHardRule(scoreDirector.getWorkingSolution(), visit);
            }
            return !from.isPinned() && !to.isPinned() && to.canReach(visit) && keepsPattern(visit, from, to);
        }
        if (move instanceof ListSwapMove<RosterPlan> swap) {
            TeamDay left = (TeamDay) swap.getLeftEntity();
            TeamDay right = (TeamDay) swap.getRightEntity();
            PlanningVisit leftVisit = (PlanningVisit) swap.getLeftValue();
            PlanningVisit rightVisit = (PlanningVisit) swap.getRightValue();
            return !left.isPinned() && !right.isPinned() && reaches(right, leftVisit) && reaches(left, rightVisit)
                    && keepsPattern(leftVisit, left, right) && keepsPattern(rightVisit, right, left);
        }
        if (move instanceof SubListChangeMove<RosterPlan> change) {
            TeamDay to = (TeamDay) change.getDestinationEntity();
            return touchesNoFixedDay(move) && !to.isHolding() && ((TeamDay) change.getSourceEntity()).getVisits()
                    .subList(change.getFromIndex(), change.getToIndex()).stream().allMatch(to::canReach);
        }
        return touchesNoFixedDay(move);
    }

    /** The plan {@link #visitsByElder} was built for: a filter may outlive a solve. */
    private RosterPlan indexed;
    private Map<Long, List<PlanningVisit>> visitsByElder = Map.of();

    /** Whether the planned visit's place breaks a hard rule that taking it out would mend. */
    private boolean breaksHardRule(RosterPlan plan, PlanningVisit visit) {
        TeamDay day = visit.getTeamDay();
        int dayIndex = day.getDayIndex();
        if (!visit.allowedOn(dayIndex) || !day.getTeam().hasSkills(visit.getRequiredSkills()) || !day.canReach(visit)) {
            return true;
        }
        if (plan != indexed) {
            visitsByElder = plan.getVisits().stream().collect(Collectors.groupingBy(PlanningVisit::getElderId));
            indexed = plan;
        }
        for (PlanningVisit sibling : visitsByElder.getOrDefault(visit.getElderId(), List.of())) {
            if (sibling != visit && sibling.isAssigned() && !visit.keepsGap(dayIndex, sibling.dayIndex())) {
                return true;
            }
        }
        List<PlanningVisit> route = day.getVisits();
        int load = 0;
        for (PlanningVisit planned : route) {
            if (planned.getArrivalTime() != null && planned.lateSeconds() > 0) {
                return true;
            }
            load += planned.getLoad();
        }
        PlanningVisit last = route.get(route.size() - 1);
        return route.size() > day.getMaxVisits() || load > day.getLoadCapacity()
                || (last.getArrivalTime() != null && last.lateReturnSeconds() > 0);
    }

    /** Whether a move leaves every pinned team day alone; also used by the custom moves' doability. */
    static boolean touchesNoFixedDay(Move<RosterPlan> move) {
        for (Object entity : move.getPlanningEntities()) {
            if (entity instanceof TeamDay day && day.isPinned()) {
                return false;
            }
        }
        return true;
    }

    /** A holding list takes any visit; a real day only those it can reach. */
    private static boolean reaches(TeamDay day, PlanningVisit visit) {
        return day.isHolding() || day.canReach(visit);
    }

    /** Moves out of or into holding lists place or unplace the visit; they never break its pattern. */
    private static boolean keepsPattern(PlanningVisit visit, TeamDay from, TeamDay to) {
        return visit.getPatterns() == null || from.isHolding() || to.isHolding()
                || from.getDayIndex() == to.getDayIndex();
    }
}
