package com.carerounds.solver;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.optaplanner.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import org.optaplanner.core.impl.heuristic.selector.move.generic.list.ListChangeMove;
import org.optaplanner.core.impl.heuristic.selector.move.generic.list.SubListChangeMove;

/**
 * Local search never moves a visit into a holding list on its own: that only ever worsens the
 * roster, and accepting such moves lets the search drift. Trading a low-priority visit for a
 * higher-priority one is still possible through swaps with a holding list.
 */
public class NoMoveIntoHolding implements SelectionFilter<RosterPlan, Move<RosterPlan>> {

    @Override
    public boolean accept(ScoreDirector<RosterPlan> scoreDirector, Move<RosterPlan> move) {
        Object destination;
        if (move instanceof ListChangeMove<RosterPlan> change) {
            destination = change.getDestinationEntity();
        } else if (move instanceof SubListChangeMove<RosterPlan> change) {
            destination = change.getDestinationEntity();
        } else {
            return true;
        }
        return !((TeamDay) destination).isHolding();
    }
}
