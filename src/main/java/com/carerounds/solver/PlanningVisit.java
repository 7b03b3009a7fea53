package com.carerounds.solver;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.InverseRelationShadowVariable;
import org.optaplanner.core.api.domain.variable.NextElementShadowVariable;
import org.optaplanner.core.api.domain.variable.PreviousElementShadowVariable;
import org.optaplanner.core.api.domain.variable.ShadowVariable;

/**
 * One visit the month needs. Which team day it is on and where in the route follow from the team
 * days' lists; the arrival time follows from the route.
 */
@PlanningEntity
public class PlanningVisit {

    /** No arrival window. */
    public static final int NO_WINDOW = -1;
    /** Not in a published plan. */
    public static final long NO_TEAM = -1;

    @PlanningId
    private long id;
    private long elderId;
    private int visitNumber;
    private Point location;
    private long contractedTeamId;
    private int requiredSkills;
    private int serviceSeconds;
    private int priority;
    private int windowStart = NO_WINDOW;
    private int windowEnd = NO_WINDOW;
    private HalfDay preferredHalfDay;
    private long unavailableDays;
    private long allowedDays = -1L;
    private int minGapDays;
    private int idealGapDays;
    private int load;
    private VisitPatterns patterns;
    /** Where the published plan has the visit; no team when it is not published (or not planned there). */
    private long publishedTeamId = NO_TEAM;
    private int publishedDayIndex;
    private int publishedStartMinute;
    private int changeUrgency;

    @InverseRelationShadowVariable(sourceVariableName = "visits")
    private TeamDay teamDay;
    @PreviousElementShadowVariable(sourceVariableName = "visits")
    private PlanningVisit previous;
    @NextElementShadowVariable(sourceVariableName = "visits")
    private PlanningVisit next;
    @ShadowVariable(variableListenerClass = ArrivalTimeListener.class, sourceVariableName = "teamDay")
    @ShadowVariable(variableListenerClass = ArrivalTimeListener.class, sourceVariableName = "previous")
    private Integer arrivalTime;

    PlanningVisit() {
        // for OptaPlanner's solution cloning
    }

    /**
     * @param priority        what leaving it out costs: higher for home-hospital-bed and disabled elders
     * @param unavailableDays bit i set: the elder cannot be visited on day i of the horizon
     * @param minGapDays      another visit of the same elder must be at least this many days away (never
     *                        the same day, so at least 1)
     * @param idealGapDays    the even spacing of the elder's visits over the horizon
     */
    public PlanningVisit(long id, long elderId, int visitNumber, Point location, long contractedTeamId,
                         int requiredSkills, int serviceSeconds, int priority, long unavailableDays,
                         int minGapDays, int idealGapDays) {
        this.id = id;
        this.elderId = elderId;
        this.visitNumber = visitNumber;
        this.location = location;
        this.contractedTeamId = contractedTeamId;
        this.requiredSkills = requiredSkills;
        this.serviceSeconds = serviceSeconds;
        this.priority = priority;
        this.unavailableDays = unavailableDays;
        this.minGapDays = Math.max(1, minGapDays);
        this.idealGapDays = idealGapDays;
    }

    /** The visit must start between these times (seconds after midnight); arriving early means waiting. */
    public PlanningVisit withWindow(int start, int end) {
        this.windowStart = start;
        this.windowEnd = end;
        return this;
    }

    public PlanningVisit withPreferredHalfDay(HalfDay halfDay) {
        this.preferredHalfDay = halfDay;
        return this;
    }

    /** Bit i set: day i of the horizon is inside the contract (or another allowed period); narrows, never widens. */
    public PlanningVisit withAllowedDays(long mask) {
        this.allowedDays &= mask;
        return this;
    }

    /** Workload points of the visit, counted against a team day's load capacity. */
    public PlanningVisit withLoad(int points) {
        this.load = points;
        return this;
    }

    /**
     * The elder's visits must fall on one of these day combinations; also limits this visit to the
     * days some combination allows. Pass the same instance to all visits of the elder.
     */
    public PlanningVisit withPatterns(VisitPatterns patterns) {
        if (patterns.elderId() != elderId) {
            throw new IllegalArgumentException("patterns of elder " + patterns.elderId() + " given to " + this);
        }
        this.patterns = patterns;
        this.allowedDays &= patterns.anyDay();
        return this;
    }

    /**
     * The visit as the published plan has it, which a re-plan should keep: a change costs
     * {@code urgency} times the minimal-change weight (the sooner the published date, the more).
     */
    public PlanningVisit withPublished(long teamId, int dayIndex, int startSeconds, int urgency) {
        this.publishedTeamId = teamId;
        this.publishedDayIndex = dayIndex;
        this.publishedStartMinute = startSeconds / 60;
        this.changeUrgency = Math.max(1, urgency);
        return this;
    }

    /** Published, and now on another team, date or start minute, or unassigned. */
    public boolean changedFromPublished() {
        if (publishedTeamId == NO_TEAM || teamDay == null) {
            return false;
        }
        return teamDay.isHolding() || teamDay.getTeam().id() != publishedTeamId || dayIndex() != publishedDayIndex
                || serviceStart() / 60 != publishedStartMinute;
    }

    /** On a real route, not waiting in a holding list. */
    public boolean isAssigned() {
        return teamDay != null && !teamDay.isHolding();
    }

    /** On a pinned team day: it happened or is pinned, and no move changes it. */
    public boolean isFixed() {
        return teamDay != null && teamDay.isPinned();
    }

    public boolean isUnassigned() {
        return teamDay != null && teamDay.isHolding();
    }

    public int dayIndex() {
        return teamDay.getDayIndex();
    }

    /** On a day of the contract and of the elder's visit weekdays, and not one the elder is away. */
    public boolean allowedOn(int dayIndex) {
        return inContractOn(dayIndex) && availableOn(dayIndex);
    }

    public boolean inContractOn(int dayIndex) {
        return (allowedDays & (1L << dayIndex)) != 0;
    }

    public boolean availableOn(int dayIndex) {
        return (unavailableDays & (1L << dayIndex)) == 0;
    }

    /** How many days of the horizon the visit may be on. */
    public int allowedDayCount() {
        return Long.bitCount(allowedDays & ~unavailableDays);
    }

    /**
     * The minimum-gap rule, in one place: how many days a visit of this elder on {@code day} falls
     * short of the gap to another of the elder's visits on {@code otherDay}; 0 when far enough apart.
     */
    public int daysShortOfGap(int day, int otherDay) {
        return Math.max(0, minGapDays - Math.abs(day - otherDay));
    }

    public boolean keepsGap(int day, int otherDay) {
        return daysShortOfGap(day, otherDay) == 0;
    }

    public int serviceStart() {
        return windowStart == NO_WINDOW ? arrivalTime : Math.max(arrivalTime, windowStart);
    }

    public int departureTime() {
        return serviceStart() + serviceSeconds;
    }

    /** Travel to this visit from the previous one, or from the center for the first of the day. */
    public int travelSecondsFromPrevious() {
        return teamDay.travelSeconds(previous == null ? teamDay.getOrigin() : previous.location, location);
    }

    public int travelSecondsToCenter() {
        return teamDay.travelSeconds(location, teamDay.getDepot());
    }

    /** Seconds the route of this, the last visit of the day, runs past the latest return the day allows. */
    public int lateReturnSeconds() {
        return Math.max(0, returnTime() - teamDay.returnLimitSeconds());
    }

    /** Seconds of the day's overtime allowance the route of this, the last visit of the day, uses. */
    public int overtimeSeconds() {
        return (int) teamDay.overtimeSeconds(returnTime());
    }

    private int returnTime() {
        return departureTime() + travelSecondsToCenter();
    }

    public int lateSeconds() {
        return windowEnd == NO_WINDOW ? 0 : Math.max(0, arrivalTime - windowEnd);
    }

    public long getId() { return id; }
    public long getElderId() { return elderId; }
    public int getVisitNumber() { return visitNumber; }
    public Point getLocation() { return location; }
    public long getContractedTeamId() { return contractedTeamId; }
    public int getRequiredSkills() { return requiredSkills; }
    public int getServiceSeconds() { return serviceSeconds; }
    public int getPriority() { return priority; }
    public int getWindowStart() { return windowStart; }
    public int getWindowEnd() { return windowEnd; }
    public HalfDay getPreferredHalfDay() { return preferredHalfDay; }
    public long getUnavailableDays() { return unavailableDays; }
    public long getAllowedDays() { return allowedDays; }
    public int getMinGapDays() { return minGapDays; }
    public int getIdealGapDays() { return idealGapDays; }
    public int getLoad() { return load; }
    public VisitPatterns getPatterns() { return patterns; }
    public int getChangeUrgency() { return changeUrgency; }
    public TeamDay getTeamDay() { return teamDay; }
    public void setTeamDay(TeamDay teamDay) { this.teamDay = teamDay; }
    public PlanningVisit getPrevious() { return previous; }
    public void setPrevious(PlanningVisit previous) { this.previous = previous; }
    public PlanningVisit getNext() { return next; }
    public void setNext(PlanningVisit next) { this.next = next; }
    public Integer getArrivalTime() { return arrivalTime; }
    public void setArrivalTime(Integer arrivalTime) { this.arrivalTime = arrivalTime; }

    @Override
    public String toString() {
        return "visit " + id + " (elder " + elderId + " #" + visitNumber + ")";
    }
}
