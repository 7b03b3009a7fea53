package com.carerounds.solver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
        return !relocations.isEmpty() && RosterMoveFilter.touchesNoFixedDay(this);
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
        // OptaPlanner runs the list listeners after the whole move, on the final lists, so a range
        // announced per relocation is stale once a later one shifts the same list (two visits of an
        // elder leaving one route or holding list): it crashed or left wrong neighbours. Each changed
        // list is therefore drafted first and announced once.
        Map<TeamDay, List<PlanningVisit>> drafts = new LinkedHashMap<>();
        for (Relocation relocation : relocations) {
            List<PlanningVisit> from = drafts.computeIfAbsent(relocation.from(), day -> new ArrayList<>(day.getVisits()));
            if (relocation.fromIndex() >= from.size() || from.get(relocation.fromIndex()) != relocation.visit()) {
                throw new IllegalStateException("pattern change " + this + ": " + relocation.visit() + " is not at "
                        + relocation.fromIndex() + " of " + relocation.from());
            }
            from.remove(relocation.fromIndex());
            drafts.computeIfAbsent(relocation.to(), day -> new ArrayList<>(day.getVisits()))
                    .add(relocation.toIndex(), relocation.visit());
        }
        drafts.forEach((day, visits) -> replace(scoreDirector, day, visits));
    }

    /** Replaces the day's list by the new one, announcing only the stretch between their common ends. */
    private static void replace(ScoreDirector<RosterPlan> scoreDirector, TeamDay day, List<PlanningVisit> visits) {
        List<PlanningVisit> current = day.getVisits();
        int common = Math.min(current.size(), visits.size());
        int start = 0;
        while (start < common && current.get(start) == visits.get(start)) {
            start++;
        }
        int end = 0;
        while (end < common - start
                && current.get(current.size() - 1 - end) == visits.get(visits.size() - 1 - end)) {
            end++;
        }
        scoreDirector.beforeListVariableChanged(day, VISITS, start, current.size() - end);
        current.subList(start, current.size() - end).clear();
        current.addAll(start, visits.subList(start, visits.size() - end));
        scoreDirector.afterListVariableChanged(day, VISITS, start, visits.size() - end);
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
