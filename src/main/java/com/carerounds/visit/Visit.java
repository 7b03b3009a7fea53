package com.carerounds.visit;

import com.carerounds.team.SkillSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * One home visit (上门巡诊) of a roster: by one team, on one day, at a position in that team's route.
 * Its own aggregate so a doctor recording an outcome does not contend with the rest of the roster.
 */
public class Visit {

    @Id
    private Long id;
    @Version
    private int version;
    private Long rosterId;
    private Long elderId;
    /** 1 for the elder's first visit of the month, 2 for the second, ... */
    private int visitNumber;
    private VisitKind kind;
    private SkillSet requiredSkills;
    private int durationMinutes;
    private Long teamId;
    private LocalDate visitDate;
    private LocalTime plannedStart;
    private Integer routePosition;
    private boolean pinned;
    private VisitStatus status;
    private String unassignedReason;
    private MissedReason missedReason;
    private String outcomeNotes;
    private Instant outcomeAt;
    /** The missed visit this one makes up for: of the same roster, or of the month before (carried forward). */
    private Long makesUpVisitId;
    /** An urgent visit's last allowed date: it is made by then or not at all; null for the month's visits. */
    private LocalDate dueBy;

    @PersistenceCreator
    Visit(Long id, int version, Long rosterId, Long elderId, int visitNumber, VisitKind kind, SkillSet requiredSkills,
          int durationMinutes, Long teamId, LocalDate visitDate, LocalTime plannedStart, Integer routePosition,
          boolean pinned, VisitStatus status, String unassignedReason, MissedReason missedReason,
          String outcomeNotes, Instant outcomeAt, Long makesUpVisitId, LocalDate dueBy) {
        this.id = id;
        this.version = version;
        this.rosterId = Objects.requireNonNull(rosterId, "rosterId");
        this.elderId = Objects.requireNonNull(elderId, "elderId");
        this.visitNumber = visitNumber;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.requiredSkills = Objects.requireNonNull(requiredSkills, "requiredSkills");
        this.durationMinutes = durationMinutes;
        this.teamId = teamId;
        this.visitDate = visitDate;
        this.plannedStart = plannedStart;
        this.routePosition = routePosition;
        this.pinned = pinned;
        this.status = Objects.requireNonNull(status, "status");
        this.unassignedReason = unassignedReason;
        this.missedReason = missedReason;
        this.outcomeNotes = outcomeNotes;
        this.outcomeAt = outcomeAt;
        this.makesUpVisitId = makesUpVisitId;
        this.dueBy = dueBy;
    }

    /** A visit the policy requires, not yet planned. */
    public Visit(Long rosterId, Long elderId, int visitNumber, VisitKind kind, SkillSet requiredSkills,
                 int durationMinutes) {
        this(null, 0, rosterId, elderId, visitNumber, kind, requiredSkills, durationMinutes,
                null, null, null, null, false, VisitStatus.PLANNED, null, null, null, null, null, null);
        if (durationMinutes <= 0) {
            throw new IllegalArgumentException("a visit takes at least one minute");
        }
    }

    /** A visit, not yet planned, that makes up for a missed one: like it, of this roster. */
    public static Visit makingUp(Visit missed, Long rosterId, int visitNumber) {
        if (missed.status != VisitStatus.MISSED) {
            throw new IllegalArgumentException("visit " + missed.id + " was not missed");
        }
        Visit visit = new Visit(rosterId, missed.elderId, visitNumber, missed.kind, missed.requiredSkills,
                missed.durationMinutes);
        visit.makesUpVisitId = missed.id;
        return visit;
    }

    /** An urgent or extra visit, not yet planned, to be made on or before {@code dueBy}. */
    public static Visit urgent(Long rosterId, Long elderId, int visitNumber, VisitKind kind, SkillSet requiredSkills,
                               int durationMinutes, LocalDate dueBy) {
        Visit visit = new Visit(rosterId, elderId, visitNumber, kind, requiredSkills, durationMinutes);
        visit.dueBy = Objects.requireNonNull(dueBy, "dueBy");
        return visit;
    }

    public void plan(Long teamId, LocalDate date, LocalTime start, int position) {
        this.teamId = Objects.requireNonNull(teamId, "teamId");
        this.visitDate = Objects.requireNonNull(date, "date");
        this.plannedStart = Objects.requireNonNull(start, "start");
        this.routePosition = position;
        this.unassignedReason = null;
    }

    /** Leaves the visit out of every route, saying why so the dispatcher can act. */
    public void unassign(String reason) {
        this.teamId = null;
        this.visitDate = null;
        this.plannedStart = null;
        this.routePosition = null;
        this.unassignedReason = reason;
    }

    public void pin(boolean pinned) {
        this.pinned = pinned;
    }

    /**
     * Records what happened. Repeating the same outcome changes nothing (returns false), so a doctor's
     * app may resend it safely; a different outcome replaces the earlier one.
     */
    public boolean recordOutcome(VisitStatus outcome, MissedReason reason, String notes, Instant at) {
        if (!isAssigned()) {
            throw new IllegalArgumentException("visit " + id + " is not planned, so it has no outcome");
        }
        if (outcome == VisitStatus.PLANNED) {
            throw new IllegalArgumentException("status must be DONE or MISSED");
        }
        if ((outcome == VisitStatus.MISSED) != (reason != null)) {
            throw new IllegalArgumentException(outcome == VisitStatus.MISSED
                    ? "missedReason is required when the visit was missed"
                    : "missedReason is only for a missed visit");
        }
        if (status == outcome && reason == missedReason && Objects.equals(notes, outcomeNotes)) {
            return false;
        }
        this.status = outcome;
        this.missedReason = reason;
        this.outcomeNotes = notes;
        this.outcomeAt = at;
        return true;
    }

    public boolean isAssigned() {
        return teamId != null;
    }

    public Long getId() { return id; }
    public int getVersion() { return version; }
    public Long getRosterId() { return rosterId; }
    public Long getElderId() { return elderId; }
    public int getVisitNumber() { return visitNumber; }
    public VisitKind getKind() { return kind; }
    public SkillSet getRequiredSkills() { return requiredSkills; }
    public int getDurationMinutes() { return durationMinutes; }
    public Long getTeamId() { return teamId; }
    public LocalDate getVisitDate() { return visitDate; }
    public LocalTime getPlannedStart() { return plannedStart; }
    public Integer getRoutePosition() { return routePosition; }
    public boolean isPinned() { return pinned; }
    public VisitStatus getStatus() { return status; }
    public String getUnassignedReason() { return unassignedReason; }
    public MissedReason getMissedReason() { return missedReason; }
    public String getOutcomeNotes() { return outcomeNotes; }
    public Instant getOutcomeAt() { return outcomeAt; }
    public Long getMakesUpVisitId() { return makesUpVisitId; }
    public LocalDate getDueBy() { return dueBy; }
}
