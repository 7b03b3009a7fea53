package com.carerounds.solver;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.optaplanner.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import org.optaplanner.core.impl.heuristic.selector.move.generic.list.ListChangeMove;
import org.optaplanner.core.impl.heuristic.selector.move.generic.list.ListSwapMove;
import org.optaplanner.core.impl.heuristic.selector.move.generic.list.SubListChangeMove;

/**
 * Skips moves that can only worsen the roster, so the search spends its time on useful ones:
 * <ul>
 * <li>moving a visit into a holding list on its own: accepting such moves lets the search drift;
 * trading a low-priority visit for a higher-priority one is still possible through swaps;</li>
 * <li>moving one visit of an elder with allowed day combinations to another day, alone or by a swap:
 * that breaks the combination; {@link PatternChangeMove} changes the days of all visits at once.</li>
 * </ul>
 */
public class RosterMoveFilter implements SelectionFilter<RosterPlan, Move<RosterPlan>> {

    @Override
    public boolean accept(ScoreDirector<RosterPlan> scoreDirector, Move<RosterPlan> move) {
        if (move instanceof ListChangeMove<RosterPlan> change) {
            TeamDay from = (TeamDay) change.getSourceEntity();
            TeamDay to = (TeamDay) change.getDestinationEntity();
            return !to.isHolding() && keepsPattern((PlanningVisit) change.getMovedValue(), from, to);
        }
        if (move instanceof ListSwapMove<RosterPlan> swap) {
            TeamDay left = (TeamDay) swap.getLeftEntity();
            TeamDay right = (TeamDay) swap.getRightEntity();
            return keepsPattern((PlanningVisit) swap.getLeftValue(), left, right)
                    && keepsPattern((PlanningVisit) swap.getRightValue(), right, left);
        }
        if (move instanceof SubListChangeMove<RosterPlan> change) {
            return !((TeamDay) change.getDestinationEntity()).isHolding();
        }
        return true;
    }

    /** Moves out of or into holding lists place or unplace the visit; they never break its pattern. */
    private static boolean keepsPattern(PlanningVisit visit, TeamDay from, TeamDay to) {
        return visit.getPatterns() == null || from.isHolding() || to.isHolding()
                || from.getDayIndex() == to.getDayIndex();
    }
}
