package com.carerounds.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;

/** All visits of one health center for one month (月度排班); the visits reference it by id. */
public class Roster {

    @Id
    private Long id;
    @Version
    private int version;
    private Long centerId;
    private LocalDate monthStart;
    private RosterStatus status;
    private Instant createdAt;
    /** The revision its doctors see; null until first published. A draft may be worked on beside it. */
    private Integer publishedRevision;
    /**
     * Of the last saved plan; written with the plan's visits ({@link RosterRepository#recordPlan}), never
     * by saving the roster, so a status change cannot put back an older score.
     */
    @ReadOnlyProperty
    private String score;
    @ReadOnlyProperty
    private Integer unassigned;

    @PersistenceCreator
    Roster(Long id, int version, Long centerId, LocalDate monthStart, RosterStatus status, Instant createdAt,
           Integer publishedRevision, String score, Integer unassigned) {
        this.publishedRevision = publishedRevision;
        this.id = id;
        this.version = version;
        this.centerId = Objects.requireNonNull(centerId, "centerId");
        this.monthStart = Objects.requireNonNull(monthStart, "monthStart");
        this.status = Objects.requireNonNull(status, "status");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.score = score;
        this.unassigned = unassigned;
    }

    public Roster(Long centerId, YearMonth month, Instant createdAt) {
        this(null, 0, centerId, month.atDay(1), RosterStatus.DRAFT, createdAt, null, null, null);
    }

    public void changeStatus(RosterStatus status) {
        this.status = Objects.requireNonNull(status, "status");
    }

    /** Its plan becomes the revision its doctors see. */
    public void published(int revision) {
        this.publishedRevision = revision;
        this.status = RosterStatus.PUBLISHED;
    }

    /** Whether doctors see a revision of it: a solve then is a re-plan, a draft beside that revision. */
    public boolean isPublished() {
        return publishedRevision != null;
    }

    public YearMonth month() {
        return YearMonth.from(monthStart);
    }

    public Long getId() { return id; }
    public int getVersion() { return version; }
    public Long getCenterId() { return centerId; }
    public RosterStatus getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public Integer getPublishedRevision() { return publishedRevision; }
    public String getScore() { return score; }
    public Integer getUnassigned() { return unassigned; }
}
