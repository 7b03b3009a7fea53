package com.carerounds.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Random {@link RuinRecreateMove}s: take up to {@link #ruinLimit(int, int, double, int)} visits near a seed visit out of
 * that day's routes, as strings of consecutive visits (at most {@code maxStringLength} long, one per
 * route, the routes nearest the seed first), then put them back one by one, each where it adds the
 * least travel while keeping windows, hours, visit counts and workload points, the contracted team
 * first. Visits keep their day, so spacing, gaps and day combinations hold. A waiting (unassigned)
 * visit as the seed is put in on a day it may have, or the move is not doable. Fixed visits (done,
 * missed, past or pinned) are never seeds, and their days are not among the routes ruined.
 *
 * <p>Single-visit moves get stuck where several visits must change routes together to shorten the
 * day; rebuilding a neighbourhood at once gets out, and late acceptance keeps only what pays. Taking
 * strings out of several routes, rather than single visits, leaves gaps a whole stretch of another
 * route can move into; the order of putting back varies (random, heaviest first, farthest from the
 * center first, nearest first), as in Christiaens and Vanden Berghe's SISR (2020).
 */
public class RuinRecreateMoveFactory implements MoveIteratorFactory<RosterPlan, RuinRecreateMove> {

    /** Candidates looked at around the seed: enough for several strings, few enough to stay local. */
    private static final int NEIGHBOURS = 40;
    /** The most a ruin takes on a day of a few dozen visits. */
    static final int SMALL_DAY_RUINED_VISITS = 5;
    /** A day's visits for each visit a ruin may take, up to {@link #maxRuinedVisits}. */
    static final int DAY_VISITS_PER_RUINED_VISIT = 33;
    /**
     * Routes this long on average (after construction) let ruins take twice {@link #maxRuinedVisits}: a
     * string from each of a few long routes changes too little of them, while on days of many short
     * routes (a center's or a district's month) larger ruins cost more than they gain.
     */
    static final int LONG_ROUTE_VISITS = 16;

    /**
     * The most a ruin takes, on the largest days. Ruins grow with the day: a few visits rebuild a day of
     * dozens, while a day of hundreds changes too little per move at that size to settle within its time
     * (ops/benchmark/RESULTS.md, ruin sizes).
     */
    private int maxRuinedVisits = 12;
    /** The most this solve's ruins take, from its visits per day. */
    private int ruinLimit = SMALL_DAY_RUINED_VISITS;
    private int maxStringLength = 5;
    /** The seeds: visits that may move. */
    private List<PlanningVisit> visits = List.of();
    /** Every visit of each elder, fixed ones too: a put-back visit keeps its gap to them. */
    private Map<Long, List<PlanningVisit>> visitsByElder = Map.of();
    private List<List<TeamDay>> daysByIndex = List.of();

    /** Set from the solver configuration's custom properties. */
    public void setMaxRuinedVisits(String value) {
        int parsed = Integer.parseInt(value);
        if (parsed < 1) {
            throw new IllegalArgumentException("maxRuinedVisits must be at least 1, was " + value);
        }
        this.maxRuinedVisits = parsed;
    }

    /** Set from the solver configuration's custom properties. */
    public void setMaxStringLength(String value) {
        int parsed = Integer.parseInt(value);
        if (parsed < 1) {
            throw new IllegalArgumentException("maxStringLength must be at least 1, was " + value);
        }
        this.maxStringLength = parsed;
    }

    @Override
    public void phaseStarted(ScoreDirector<RosterPlan> scoreDirector) {
        RosterPlan plan = scoreDirector.getWorkingSolution();
        visits = plan.movableVisits();
        visitsByElder = new HashMap<>();
        plan.getVisits().forEach(visit -> visitsByElder.computeIfAbsent(visit.getElderId(), id -> new ArrayList<>()).add(visit));
        daysByIndex = plan.workingDaysByIndex();
        ruinLimit = ruinLimit(visits.size(), daysByIndex.size(), visitsPerRoute(daysByIndex), maxRuinedVisits);
    }

    /** The mean length of the routes that hold a visit; 0 with none. */
    static double visitsPerRoute(List<List<TeamDay>> daysByIndex) {
        return daysByIndex.stream().flatMap(List::stream).filter(day -> !day.getVisits().isEmpty())
                .mapToInt(day -> day.getVisits().size()).average().orElse(0);
    }

    /** The most a ruin takes for this many movable visits over this many working days and routes this long. */
    static int ruinLimit(int movableVisits, int workingDays, double visitsPerRoute, int maxRuinedVisits) {
        int floor = Math.min(SMALL_DAY_RUINED_VISITS, maxRuinedVisits);
        if (workingDays == 0) {
            return floor;
        }
        int most = visitsPerRoute >= LONG_ROUTE_VISITS ? 2 * maxRuinedVisits : maxRuinedVisits;
        int perDay = movableVisits / workingDays;
        return Math.max(floor, Math.min(most, perDay / DAY_VISITS_PER_RUINED_VISIT));
    }

    @Override
    public void phaseEnded(ScoreDirector<RosterPlan> scoreDirector) {
        visits = List.of();
        visitsByElder = Map.of();
        daysByIndex = List.of();
    }

    @Override
    public long getSize(ScoreDirector<RosterPlan> scoreDirector) {
        return visits.size();
    }

    @Override
    public Iterator<RuinRecreateMove> createOriginalMoveIterator(ScoreDirector<RosterPlan> scoreDirector) {
        throw new UnsupportedOperationException("ruin and recreate moves are selected at random");
    }

    @Override
    public Iterator<RuinRecreateMove> createRandomMoveIterator(ScoreDirector<RosterPlan> scoreDirector,
                                                               Random random) {
        if (visits.isEmpty()) {
            return Collections.emptyIterator();
        }
        return EndlessMoves.of(() -> {
            PlanningVisit seed = visits.get(random.nextInt(visits.size()));
            int count = 1 + random.nextInt(ruinLimit);
            if (seed.isAssigned()) {
                return around(seed, seed.dayIndex(), count, random);
            }
            int day = freeDay(seed, random);
            return day < 0 ? new RuinRecreateMove(Map.of(), List.of()) : around(seed, day, count, random);
        });
    }

    /**
     * The move that takes up to {@code count} visits near the seed out of the day's routes and puts them
     * back. An unassigned seed is put in among them, or the move is not doable if it fits nowhere:
     * making room around a waiting visit is how it gets planned when no single move can.
     */
    RuinRecreateMove around(PlanningVisit seed, int dayIndex, int count, Random random) {
        List<TeamDay> days = daysByIndex.get(dayIndex);
        boolean placing = !seed.isAssigned();
        Map<TeamDay, List<PlanningVisit>> draft = new LinkedHashMap<>();
        List<PlanningVisit> ruined = ruin(seed, days, placing ? count - 1 : count, draft, random);
        if (placing) {
            // Out of the holding list: the move replaces that list too.
            draft.computeIfAbsent(seed.getTeamDay(), day -> new ArrayList<>(day.getVisits())).remove(seed);
            ruined.add(seed);
        }
        order(ruined, days.isEmpty() ? seed.getLocation() : days.get(0).getDepot(), random);
        for (PlanningVisit visit : ruined) {
            if (!recreate(visit, days, draft, placing && visit == seed)) {
                return new RuinRecreateMove(Map.of(), List.of());
            }
        }
        return new RuinRecreateMove(draft, ruined);
    }

    /**
     * Takes strings of consecutive visits out of the drafted routes, from the routes of the visits
     * nearest the seed, until {@code count} visits are out or the neighbours run out: first one string
     * per route, then, where a day has too few routes for that (a literature day may have one), more
     * strings from the same routes. Each string holds its neighbour at a random place and has a
     * random length.
     */
    private List<PlanningVisit> ruin(PlanningVisit seed, List<TeamDay> days, int count,
                                     Map<TeamDay, List<PlanningVisit>> draft, Random random) {
        List<PlanningVisit> ruined = new ArrayList<>(count);
        List<PlanningVisit> neighbours = nearest(seed, days, Math.max(count, NEIGHBOURS));
        for (boolean sameRouteAgain : new boolean[] {false, true}) {
            for (PlanningVisit neighbour : neighbours) {
                if (ruined.size() >= count) {
                    return ruined;
                }
                if ((!sameRouteAgain && draft.containsKey(neighbour.getTeamDay())) || ruined.contains(neighbour)) {
                    continue;
                }
                List<PlanningVisit> route = draft.computeIfAbsent(neighbour.getTeamDay(),
                        day -> new ArrayList<>(day.getVisits()));
                int at = route.indexOf(neighbour);
                int length = 1 + random.nextInt(Math.min(Math.min(maxStringLength, route.size()), count - ruined.size()));
                int lowest = Math.max(0, at - length + 1);
                int highest = Math.min(at, route.size() - length);
                int first = lowest + random.nextInt(highest - lowest + 1);
                List<PlanningVisit> string = route.subList(first, first + length);
                ruined.addAll(string);
                string.clear();
            }
        }
        return ruined;
    }

    /** The order of putting back, drawn as SISR does: random, heaviest, farthest or nearest to the center first. */
    private static void order(List<PlanningVisit> ruined, Point center, Random random) {
        Collections.shuffle(ruined, random);
        int draw = random.nextInt(11);
        if (draw >= 10) {
            ruined.sort(Comparator.comparingDouble(visit -> squaredDistance(center, visit.getLocation())));
        } else if (draw >= 8) {
            ruined.sort(Comparator.comparingDouble(visit -> -squaredDistance(center, visit.getLocation())));
        } else if (draw >= 4) {
            ruined.sort(Comparator.comparingInt(PlanningVisit::getLoad).reversed());
        }
    }

    /** A random one of the unassigned visit's {@link #freeDays}; -1 if there is none. */
    private int freeDay(PlanningVisit visit, Random random) {
        List<Integer> candidates = freeDays(visit, visitsByElder, daysByIndex);
        return candidates.isEmpty() ? -1 : candidates.get(random.nextInt(candidates.size()));
    }

    /**
     * The days the unassigned visit may be on, with a team day open to it, at least the minimum gap from
     * the elder's planned visits. Elders with day combinations have none: they are left to the
     * pattern-change move.
     */
    static List<Integer> freeDays(PlanningVisit visit, Map<Long, List<PlanningVisit>> visitsByElder,
                                  List<List<TeamDay>> daysByIndex) {
        if (visit.getPatterns() != null) {
            return List.of();
        }
        List<PlanningVisit> siblings = visitsByElder.getOrDefault(visit.getElderId(), List.of());
        List<Integer> candidates = new ArrayList<>();
        for (int day = 0; day < daysByIndex.size(); day++) {
            if (visit.allowedOn(day) && !daysByIndex.get(day).isEmpty() && apartFrom(siblings, day, visit)) {
                candidates.add(day);
            }
        }
        return candidates;
    }

    private static boolean apartFrom(List<PlanningVisit> siblings, int day, PlanningVisit visit) {
        for (PlanningVisit sibling : siblings) {
            if (sibling != visit && sibling.isAssigned()
                    && !visit.keepsGap(day, sibling.dayIndex())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The {@code count} visits of the day nearest the seed, nearest first, ties in route order. Kept
     * sorted in an array, with no object or comparator per candidate: a large day has hundreds to over
     * a thousand visits, this runs for every move drawn, and few of them are near enough to be kept.
     */
    static List<PlanningVisit> nearest(PlanningVisit seed, List<TeamDay> days, int count) {
        double[] distance = new double[count];
        PlanningVisit[] kept = new PlanningVisit[count];
        int size = 0;
        for (TeamDay day : days) {
            for (PlanningVisit visit : day.getVisits()) {
                double d = squaredDistance(seed.getLocation(), visit.getLocation());
                if (size == count && d >= distance[count - 1]) {
                    continue;
                }
                // After every kept visit as near: those came earlier in route order.
                int at = Math.min(size, count - 1);
                while (at > 0 && distance[at - 1] > d) {
                    distance[at] = distance[at - 1];
                    kept[at] = kept[at - 1];
                    at--;
                }
                distance[at] = d;
                kept[at] = visit;
                size = Math.min(size + 1, count);
            }
        }
        return Arrays.asList(kept).subList(0, size);
    }

    private static double squaredDistance(Point a, Point b) {
        double dx = a.x() - b.x();
        double dy = a.y() - b.y();
        return dx * dx + dy * dy;
    }

    /**
     * Puts the visit into the drafted route where it fits best; if it fits nowhere, where it costs least,
     * unless it must fit. False if it cannot be put anywhere.
     */
    private static boolean recreate(PlanningVisit visit, List<TeamDay> days, Map<TeamDay, List<PlanningVisit>> draft,
                                    boolean mustFit) {
        RouteInsertion.Target target = RouteInsertion.bestAmong(days, day -> draft.getOrDefault(day, day.getVisits()),
                visit, day -> RouteInsertion.teamCost(day, visit));
        if (target == null || (mustFit && !target.fits())) {
            return false;
        }
        draft.computeIfAbsent(target.day(), day -> new ArrayList<>(day.getVisits())).add(target.position(), visit);
        return true;
    }
}
