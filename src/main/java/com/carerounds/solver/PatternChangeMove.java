package com.carerounds.solver;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/**
 * Moves an elder's visits onto another allowed day combination in one step: visits already on a day
 * of the new combination stay; each other one goes to a free day of it, into the best place of some
 * team's route. Single-visit moves cannot do this without passing through a broken combination.
 *
 * <p>Relocations are applied in order. Their destinations are days no other relocation of the move
 * touches; relocations out of one list come highest index first, so every index is valid when
 * applied, and undoing them in reverse order restores each list exactly.
 */
final class PatternChangeMove extends AbstractMove<RosterPlan> {

    private static final String VISITS = "visits";

    record Relocation(PlanningVisit visit, TeamDay from, int fromIndex, TeamDay to, int toIndex) {

        Relocation reversed() {
            return new Relocation(visit, to, toIndex, from, fromIndex);
        }
    }

    private final List<Relocation> relocations;

    PatternChangeMove(List<Relocation> relocations) {
        this.relocations = List.copyOf(relocations);
    }

    List<Relocation> relocations() {
        return relocations;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<RosterPlan> scoreDirector) {
        return !relocations.isEmpty();
    }

    @Override
    protected PatternChangeMove createUndoMove(ScoreDirector<RosterPlan> scoreDirector) {
        List<Relocation> undo = new ArrayList<>(relocations.size());
        for (int i = relocations.size() - 1; i >= 0; i--) {
            undo.add(relocations.get(i).reversed());
        }
        return new PatternChangeMove(undo);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<RosterPlan> scoreDirector) {
        for (Relocation relocation : relocations) {
            int from = relocation.fromIndex();
            scoreDirector.beforeListVariableChanged(relocation.from(), VISITS, from, from + 1);
            relocation.from().getVisits().remove(from);
            scoreDirector.afterListVariableChanged(relocation.from(), VISITS, from, from);
            int to = relocation.toIndex();
            scoreDirector.beforeListVariableChanged(relocation.to(), VISITS, to, to);
            relocation.to().getVisits().add(to, relocation.visit());
            scoreDirector.afterListVariableChanged(relocation.to(), VISITS, to, to + 1);
        }
    }

    @Override
    public PatternChangeMove rebase(ScoreDirector<RosterPlan> destination) {
        return new PatternChangeMove(relocations.stream()
                .map(r -> new Relocation(destination.lookUpWorkingObject(r.visit()),
                        destination.lookUpWorkingObject(r.from()), r.fromIndex(),
                        destination.lookUpWorkingObject(r.to()), r.toIndex()))
                .toList());
    }

    @Override
    public List<TeamDay> getPlanningEntities() {
        Set<TeamDay> days = new LinkedHashSet<>();
        relocations.forEach(r -> {
            days.add(r.from());
            days.add(r.to());
        });
        return new ArrayList<>(days);
    }

    @Override
    public List<PlanningVisit> getPlanningValues() {
        return relocations.stream().map(Relocation::visit).toList();
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "PatternChangeMove";
    }

    @Override
    public String toString() {
        return "pattern change " + relocations.stream()
                .map(r -> r.visit() + " " + r.from() + " -> " + r.to()).toList();
    }
}
