package com.carerounds.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * A waiting visit takes the place of a placed visit of lower priority, which waits instead (as a
 * {@link RuinRecreateMove} of the route and the holding list). The waiting visit is drawn with a
 * chance in proportion to its priority, so home hospital beds come first however many routine visits
 * wait; on the days it may have (allowed, the minimum gap from the elder's planned visits), among the
 * routes whose team has its skills and reaches it, it takes the place of the lowest-priority visit
 * whose removal lets it fit (count, workload points, windows, hours), at its cheapest place, the
 * contracted team first on a tie. Not doable when no visit waits or none can give up its place.
 *
 * <p>On a full day the other moves cannot do this: a swap puts the waiting visit at the very place of
 * the other, where a longer home-hospital-bed visit or another detour often does not fit; ruin and
 * recreate puts every visit it took out back, so a day at its count takes no one new; and a visit is
 * never moved into a holding list alone ({@link RosterMoveFilter}). The unassigned constraint pays the
 * difference in priority, so the search keeps the move whenever the hard rules allow it.
 */
public class DisplaceMoveFactory implements MoveIteratorFactory<RosterPlan, RuinRecreateMove> {

    private static final RuinRecreateMove NONE = new RuinRecreateMove(Map.of(), List.of(), "DisplaceMove");

    private List<TeamDay> holdings = List.of();
    /** Every visit of each elder, fixed ones too: the waiting visit keeps its gap to them. */
    private Map<Long, List<PlanningVisit>> visitsByElder = Map.of();
    private List<List<TeamDay>> daysByIndex = List.of();
    private int visitCount;

    @Override
    public void phaseStarted(ScoreDirector<RosterPlan> scoreDirector) {
        RosterPlan plan = scoreDirector.getWorkingSolution();
        holdings = plan.getTeamDays().stream().filter(TeamDay::isHolding).toList();
        visitsByElder = new HashMap<>();
        plan.getVisits().forEach(visit -> visitsByElder.computeIfAbsent(visit.getElderId(), id -> new ArrayList<>()).add(visit));
        daysByIndex = plan.workingDaysByIndex();
        visitCount = plan.getVisits().size();
    }

    @Override
    public void phaseEnded(ScoreDirector<RosterPlan> scoreDirector) {
        holdings = List.of();
        visitsByElder = Map.of();
        daysByIndex = List.of();
    }

    @Override
    public long getSize(ScoreDirector<RosterPlan> scoreDirector) {
        return visitCount;
    }

    @Override
    public Iterator<RuinRecreateMove> createOriginalMoveIterator(ScoreDirector<RosterPlan> scoreDirector) {
        throw new UnsupportedOperationException("displace moves are selected at random");
    }

    @Override
    public Iterator<RuinRecreateMove> createRandomMoveIterator(ScoreDirector<RosterPlan> scoreDirector,
                                                               Random random) {
        return EndlessMoves.of(() -> {
            PlanningVisit waiting = waiting(random);
            return waiting == null ? NONE : displacing(waiting);
        });
    }

    /** A visit of the holding lists, drawn with a chance in proportion to its priority; null when none waits. */
    private PlanningVisit waiting(Random random) {
        long total = 0;
        for (TeamDay holding : holdings) {
            for (PlanningVisit visit : holding.getVisits()) {
                total += visit.getPriority();
            }
        }
        if (total == 0) {
            return null;
        }
        long drawn = (long) (random.nextDouble() * total);
        for (TeamDay holding : holdings) {
            for (PlanningVisit visit : holding.getVisits()) {
                drawn -= visit.getPriority();
                if (drawn < 0) {
                    return visit;
                }
            }
        }
        throw new IllegalStateException("holding lists changed while drawing");
    }

    /** The move that puts the waiting visit in the place of the lowest-priority visit it can take. */
    RuinRecreateMove displacing(PlanningVisit waiting) {
        Place best = null;
        for (int dayIndex : RuinRecreateMoveFactory.freeDays(waiting, visitsByElder, daysByIndex)) {
            for (TeamDay day : daysByIndex.get(dayIndex)) {
                if (day.getTeam().hasSkills(waiting.getRequiredSkills()) && day.canReach(waiting)) {
                    best = best(day, waiting, best);
                }
            }
        }
        if (best == null) {
            return NONE;
        }
        TeamDay holding = waiting.getTeamDay();
        List<PlanningVisit> held = new ArrayList<>(holding.getVisits());
        held.set(held.indexOf(waiting), best.out());
        Map<TeamDay, List<PlanningVisit>> draft = new LinkedHashMap<>();
        draft.put(best.day(), best.route());
        draft.put(holding, held);
        return new RuinRecreateMove(draft, List.of(waiting, best.out()), "DisplaceMove");
    }

    /** The day's route with the waiting visit in and {@code out} taken out, and what the visit adds there. */
    private record Place(TeamDay day, List<PlanningVisit> route, PlanningVisit out, long cost) {
    }

    /** The better of {@code best} and the day's places: the lower priority given up, then the lower cost. */
    private static Place best(TeamDay day, PlanningVisit waiting, Place best) {
        List<PlanningVisit> route = day.getVisits();
        for (int i = 0; i < route.size(); i++) {
            PlanningVisit placed = route.get(i);
            if (placed.getPriority() >= waiting.getPriority() || placed.getElderId() == waiting.getElderId()
                    || (best != null && placed.getPriority() > best.out().getPriority())) {
                continue;
            }
            List<PlanningVisit> without = new ArrayList<>(route);
            without.remove(i);
            if (!day.hasRoomFor(waiting, without.size(), RouteInsertion.load(without))) {
                continue;
            }
            RouteInsertion.Result insertion = RouteInsertion.best(day, without, waiting, true);
            if (insertion.cost() == RouteInsertion.INFEASIBLE) {
                continue;
            }
            long cost = insertion.cost() + RouteInsertion.teamCost(day, waiting);
            if (best == null || placed.getPriority() < best.out().getPriority() || cost < best.cost()) {
                without.add(insertion.position(), waiting);
                best = new Place(day, without, placed, cost);
            }
        }
        return best;
    }
}
