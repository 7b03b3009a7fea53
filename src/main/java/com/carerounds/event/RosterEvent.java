package com.carerounds.event;

import com.carerounds.visit.Visit;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;

/**
 * One event of a roster's month, as the dispatcher recorded it: what ({@code kind}, the team or elder,
 * the dates), why, who and when. {@code to} is the last date (null: open, for an elder away for now);
 * {@code visitId} the urgent visit it added. Kept as recorded: a later event says what changed since.
 */
public class RosterEvent {

    @Id
    private Long id;
    private Long rosterId;
    private EventKind kind;
    private EventReason reason;
    private Long teamId;
    private Long elderId;
    private LocalDate fromDate;
    private LocalDate toDate;
    private Long visitId;
    private String notes;
    private Instant recordedAt;
    private Long accountId;
    private String username;

    @PersistenceCreator
    RosterEvent(Long id, Long rosterId, EventKind kind, EventReason reason, Long teamId, Long elderId,
                LocalDate fromDate, LocalDate toDate, Long visitId, String notes, Instant recordedAt, Long accountId,
                String username) {
        this.id = id;
        this.rosterId = Objects.requireNonNull(rosterId, "rosterId");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.teamId = teamId;
        this.elderId = elderId;
        this.fromDate = Objects.requireNonNull(fromDate, "fromDate");
        this.toDate = toDate;
        this.visitId = visitId;
        this.notes = notes;
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
        this.accountId = accountId;
        this.username = Objects.requireNonNull(username, "username");
    }

    RosterEvent(Long rosterId, EventKind kind, EventReason reason, Long teamId, Long elderId, LocalDate from,
                LocalDate to, Long visitId, String notes, Instant recordedAt, Long accountId, String username) {
        this(null, rosterId, kind, reason, teamId, elderId, from, to, visitId, notes, recordedAt, accountId, username);
    }

    /**
     * Whether the event takes this planned visit, where it stands, out of its team's day: the team
     * cannot work that date, or the elder is away then.
     */
    boolean takesOut(Visit visit) {
        if (!visit.isAssigned() || visit.getVisitDate().isBefore(fromDate)
                || (toDate != null && visit.getVisitDate().isAfter(toDate))) {
            return false;
        }
        return switch (kind) {
            case TEAM_UNAVAILABLE -> visit.getTeamId().equals(teamId);
            case ELDER_AWAY -> visit.getElderId().equals(elderId);
            case CONTRACT_ENDED, URGENT_VISIT -> false;
        };
    }

    public Long getId() { return id; }
    public Long getRosterId() { return rosterId; }
    public EventKind getKind() { return kind; }
    public EventReason getReason() { return reason; }
    public Long getTeamId() { return teamId; }
    public Long getElderId() { return elderId; }
    public LocalDate getFromDate() { return fromDate; }
    public LocalDate getToDate() { return toDate; }
    public Long getVisitId() { return visitId; }
    public String getNotes() { return notes; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getUsername() { return username; }
}
