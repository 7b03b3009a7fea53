package com.carerounds.solver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningListVariable;

/**
 * One team on one working day: its route, a list of visits that starts and ends at the health
 * center. Only days the team works exist, so "the team works that date" holds by construction.
 *
 * <p>OptaPlanner 10.1's list variable must place every visit somewhere, so each team also has one
 * holding day: the visits in it are unassigned, cost nothing to route and are paid for by the
 * medium-level "unassigned visit" constraint.
 *
 * <p>What happened is fixed: the visits a re-plan must not touch (done, missed, on a past day, pinned)
 * sit on a pinned team day ({@link #fixed}), which no move changes: every generic move passes
 * {@link RosterMoveFilter}, the custom moves are not doable on it and construction never uses it.
 * OptaPlanner 10.1 has no pinned prefix of a list ({@code @PlanningPinToIndex} came later), and its
 * {@code @PlanningPin} on a list entity breaks nearby selection (the destination count includes
 * pinned entities, the iteration does not), hence the flag. A day still open after its fixed visits
 * gets a second team day ({@link #after}) that starts where and when the fixed part ends, with what is
 * left of the day.
 */
@PlanningEntity
public class TeamDay {

    @PlanningId
    private long id;
    private PlanningTeam team;
    private LocalDate date;
    private int dayIndex;
    private Point depot;
    private int startSeconds;
    private int endSeconds;
    private int capacitySeconds;
    /** How far past its capacity and hours the route may run, paid for as overtime (a re-plan's days). */
    private int overtimeAllowanceSeconds;
    private int maxVisits;
    private int loadCapacity;
    private boolean holding;
    private boolean pinned;
    /** Where the route starts: the center, or the last fixed visit of the day. */
    private Point origin;
    /** Route positions before this list's first visit: the fixed visits of the day. */
    private int positionOffset;
    private TravelModel travel;

    @PlanningListVariable(valueRangeProviderRefs = "visits")
    private List<PlanningVisit> visits = new ArrayList<>();

    TeamDay() {
        // for OptaPlanner's solution cloning
    }

    /**
     * @param dayIndex        day of the horizon, 0 for its first day
     * @param startSeconds    when the team leaves the center, seconds after midnight
     * @param endSeconds      latest return to the center
     * @param capacitySeconds home-visit time of the day: travel, waiting and visits
     * @param loadCapacity    workload points the team can take that day ({@link Integer#MAX_VALUE} for no limit)
     */
    public static TeamDay working(long id, PlanningTeam team, LocalDate date, int dayIndex, Point depot,
                                  int startSeconds, int endSeconds, int capacitySeconds, int maxVisits,
                                  int loadCapacity, TravelModel travel) {
        TeamDay day = new TeamDay();
        day.id = id;
        day.team = team;
        day.date = date;
        day.dayIndex = dayIndex;
        day.depot = depot;
        day.startSeconds = startSeconds;
        day.endSeconds = endSeconds;
        day.capacitySeconds = capacitySeconds;
        day.maxVisits = maxVisits;
        day.loadCapacity = loadCapacity;
        day.travel = travel;
        day.origin = depot;
        return day;
    }

    /** A team day whose route no move changes: the visits of it that already happened or are pinned. */
    public static TeamDay fixed(long id, PlanningTeam team, LocalDate date, int dayIndex, Point depot,
                                int startSeconds, int endSeconds, int capacitySeconds, int maxVisits,
                                int loadCapacity, TravelModel travel) {
        TeamDay day = working(id, team, date, dayIndex, depot, startSeconds, endSeconds, capacitySeconds, maxVisits,
                loadCapacity, travel);
        day.pinned = true;
        return day;
    }

    /**
     * The open rest of a day after its fixed part (linked, with at least one visit): it starts at the
     * last fixed visit when the team leaves it, with the day's remaining time, count and workload points.
     * A fixed part may have lost visits the team was given (released or missed), so the rest starts no
     * earlier than {@code notBeforeSeconds}, when the team was told it leaves the last fixed visit, and
     * its route positions from {@code positionOffset}, after the fixed visits' own.
     */
    public static TeamDay after(TeamDay fixedPart, long id, int notBeforeSeconds, int positionOffset) {
        List<PlanningVisit> fixedVisits = fixedPart.getVisits();
        PlanningVisit last = fixedVisits.get(fixedVisits.size() - 1);
        int start = Math.max(last.departureTime(), notBeforeSeconds);
        int load = fixedVisits.stream().mapToInt(PlanningVisit::getLoad).sum();
        TeamDay day = working(id, fixedPart.team, fixedPart.date, fixedPart.dayIndex, fixedPart.depot, start,
                fixedPart.endSeconds, Math.max(0, fixedPart.startSeconds + fixedPart.capacitySeconds - start),
                Math.max(0, fixedPart.maxVisits - fixedVisits.size()),
                fixedPart.loadCapacity == Integer.MAX_VALUE ? Integer.MAX_VALUE : Math.max(0, fixedPart.loadCapacity - load),
                fixedPart.travel);
        day.origin = last.getLocation();
        day.positionOffset = positionOffset;
        day.overtimeAllowanceSeconds = fixedPart.overtimeAllowanceSeconds;
        return day;
    }

    /** The team's list of visits it could not make this month. */
    public static TeamDay holding(long id, PlanningTeam team, Point depot, TravelModel travel) {
        TeamDay day = working(id, team, null, -1, depot, 0, 0, 0, 0, 0, travel);
        day.holding = true;
        return day;
    }

    public int travelSeconds(Point from, Point to) {
        return travel.seconds(from, to, team);
    }

    public long distance(Point from, Point to) {
        return travel.distance(from, to);
    }

    /**
     * Whether the team can leave the center, make this visit alone and be back within the day's
     * home-visit hours: a visit out of reach (a center far from its elders) is never put on the day,
     * so no planned time runs past the day's end; capacity is another matter, left to the constraints.
     */
    public boolean canReach(PlanningVisit visit) {
        long back = (long) startSeconds + travelSeconds(depot, visit.getLocation()) + visit.getServiceSeconds()
                + travelSeconds(visit.getLocation(), depot);
        return back <= endSeconds;
    }

    /** The day may run this much past its capacity and hours, each minute paid for as overtime. */
    public TeamDay withOvertimeAllowance(int seconds) {
        this.overtimeAllowanceSeconds = seconds;
        return this;
    }

    /** When the team is due back at the center: the end of its hours, or sooner when its capacity ends first. */
    public int regularReturnSeconds() {
        return Math.min(endSeconds, startSeconds + capacitySeconds);
    }

    /** The latest moment the team may be back at the center, overtime included. */
    public int returnLimitSeconds() {
        return regularReturnSeconds() + overtimeAllowanceSeconds;
    }

    /** Seconds of the overtime allowance a route back at the center at {@code returnTime} uses. */
    public long overtimeSeconds(long returnTime) {
        return Math.max(0, Math.min(returnTime, returnLimitSeconds()) - regularReturnSeconds());
    }

    public long getId() { return id; }
    public PlanningTeam getTeam() { return team; }
    public LocalDate getDate() { return date; }
    /** Room in count and workload points for one more visit, given what the day already holds. */
    public boolean hasRoomFor(PlanningVisit visit, int visits, int load) {
        return visits < maxVisits && load + visit.getLoad() <= loadCapacity;
    }

    /** The team and date, the same for a day's fixed part and its open rest: a day's workload is both. */
    public Slot slot() {
        return new Slot(team.id(), dayIndex);
    }

    public record Slot(long teamId, int dayIndex) {
    }

    public int getDayIndex() { return dayIndex; }
    public Point getDepot() { return depot; }
    public Point getOrigin() { return origin; }
    public int getPositionOffset() { return positionOffset; }
    public boolean isPinned() { return pinned; }
    public int getStartSeconds() { return startSeconds; }
    public int getEndSeconds() { return endSeconds; }
    public int getCapacitySeconds() { return capacitySeconds; }
    public int getOvertimeAllowanceSeconds() { return overtimeAllowanceSeconds; }
    public int getMaxVisits() { return maxVisits; }
    public int getLoadCapacity() { return loadCapacity; }
    public boolean isHolding() { return holding; }
    public TravelModel getTravel() { return travel; }
    public List<PlanningVisit> getVisits() { return visits; }
    public void setVisits(List<PlanningVisit> visits) { this.visits = visits; }

    @Override
    public String toString() {
        return holding ? team.name() + " (unassigned)" : team.name() + " " + date + (pinned ? " (fixed)" : "");
    }
}
