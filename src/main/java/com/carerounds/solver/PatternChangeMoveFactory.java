package com.carerounds.solver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Random {@link PatternChangeMove}s for elders with more than one allowed day combination. Each
 * moved visit goes to the team day of its new day, and the place in the route, that adds the least
 * travel while keeping windows, hours and workload points; if none can take it, to the cheapest
 * place, and the score decides. Rosters without day combinations get no moves from here. A fixed
 * visit (done, missed, past or pinned) never moves: only combinations that hold its day are tried.
 */
public class PatternChangeMoveFactory implements MoveIteratorFactory<RosterPlan, PatternChangeMove> {

    private List<List<PlanningVisit>> elders = List.of();
    private List<List<TeamDay>> daysByIndex = List.of();

    @Override
    public void phaseStarted(ScoreDirector<RosterPlan> scoreDirector) {
        RosterPlan plan = scoreDirector.getWorkingSolution();
        Map<VisitPatterns, List<PlanningVisit>> byElder = new LinkedHashMap<>();
        for (PlanningVisit visit : plan.getVisits()) {
            if (visit.getPatterns() != null && visit.getPatterns().size() > 1) {
                byElder.computeIfAbsent(visit.getPatterns(), p -> new ArrayList<>()).add(visit);
            }
        }
        // An elder whose visits are all fixed has nothing to move.
        elders = byElder.values().stream().filter(visits -> visits.stream().anyMatch(visit -> !visit.isFixed()))
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        daysByIndex = plan.workingDaysByIndex();
    }

    @Override
    public void phaseEnded(ScoreDirector<RosterPlan> scoreDirector) {
        elders = List.of();
        daysByIndex = List.of();
    }

    @Override
    public long getSize(ScoreDirector<RosterPlan> scoreDirector) {
        return elders.stream().mapToLong(visits -> visits.get(0).getPatterns().size()).sum();
    }

    @Override
    public Iterator<PatternChangeMove> createOriginalMoveIterator(ScoreDirector<RosterPlan> scoreDirector) {
        throw new UnsupportedOperationException("pattern change moves are selected at random");
    }

    @Override
    public Iterator<PatternChangeMove> createRandomMoveIterator(ScoreDirector<RosterPlan> scoreDirector,
                                                                Random random) {
        if (elders.isEmpty()) {
            return Collections.emptyIterator();
        }
        return EndlessMoves.of(() -> {
            List<PlanningVisit> visits = elders.get(random.nextInt(elders.size()));
            VisitPatterns patterns = visits.get(0).getPatterns();
            return toPattern(visits, patterns.mask(random.nextInt(patterns.size())));
        });
    }

    /** The move that puts the elder's visits on the days of the pattern; no relocations if already there. */
    PatternChangeMove toPattern(List<PlanningVisit> visits, long pattern) {
        long covered = 0;
        List<PlanningVisit> moving = new ArrayList<>();
        for (PlanningVisit visit : visits) {
            long day = visit.isAssigned() ? 1L << visit.dayIndex() : 0;
            if ((pattern & day) != 0 && (covered & day) == 0) {
                covered |= day;
            } else if (visit.isFixed()) {
                return new PatternChangeMove(List.of());
            } else {
                moving.add(visit);
            }
        }
        long free = pattern & ~covered;
        if (moving.isEmpty() || Long.bitCount(free) < moving.size()) {
            return new PatternChangeMove(List.of());
        }
        List<PatternChangeMove.Relocation> relocations = new ArrayList<>();
        for (PlanningVisit visit : moving) {
            int dayIndex = Long.numberOfTrailingZeros(free);
            free &= free - 1;
            TeamDay source = visit.getTeamDay();
            RouteInsertion.Target target = visit.allowedOn(dayIndex)
                    ? RouteInsertion.bestAmong(daysByIndex.get(dayIndex), TeamDay::getVisits, visit, day -> 0) : null;
            if (target == null) {
                return new PatternChangeMove(List.of());
            }
            relocations.add(new PatternChangeMove.Relocation(visit, source, source.getVisits().indexOf(visit),
                    target.day(), target.position()));
        }
        // Out of one list, highest index first: earlier removals then leave later indices valid.
        relocations.sort(Comparator.comparingLong((PatternChangeMove.Relocation r) -> r.from().getId())
                .thenComparing(PatternChangeMove.Relocation::fromIndex, Comparator.reverseOrder()));
        return new PatternChangeMove(relocations);
    }
}
