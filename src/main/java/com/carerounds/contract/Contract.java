package com.carerounds.contract;

import java.time.LocalDate;
import java.util.Objects;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/** An elder's agreement (签约) with one team: the team that should make the elder's visits. */
public class Contract {

    @Id
    private Long id;
    @Version
    private int version;
    private Long elderId;
    private Long teamId;
    private ServicePackage servicePackage;
    private LocalDate startDate;
    private LocalDate endDate;

    @PersistenceCreator
    Contract(Long id, int version, Long elderId, Long teamId, ServicePackage servicePackage,
             LocalDate startDate, LocalDate endDate) {
        this.id = id;
        this.version = version;
        this.elderId = Objects.requireNonNull(elderId, "elderId");
        change(teamId, servicePackage, startDate, endDate);
    }

    public Contract(Long elderId, Long teamId, ServicePackage servicePackage, LocalDate startDate, LocalDate endDate) {
        this(null, 0, elderId, teamId, servicePackage, startDate, endDate);
    }

    public void change(Long teamId, ServicePackage servicePackage, LocalDate startDate, LocalDate endDate) {
        Objects.requireNonNull(startDate, "startDate");
        if (endDate != null && endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("a contract must end on or after its start date");
        }
        this.teamId = Objects.requireNonNull(teamId, "teamId");
        this.servicePackage = Objects.requireNonNull(servicePackage, "servicePackage");
        this.startDate = startDate;
        this.endDate = endDate;
    }

    public boolean activeOn(LocalDate date) {
        return !date.isBefore(startDate) && (endDate == null || !date.isAfter(endDate));
    }

    /** True when both contracts are in force on at least one common date. */
    public boolean overlaps(Contract other) {
        return overlaps(startDate, endDate, other.startDate, other.endDate);
    }

    /**
     * True when two contract periods (an end of null: open-ended) share a date: two such contracts of one
     * elder would both be in force then. For periods not yet contracts, such as the rows of an import.
     */
    public static boolean overlaps(LocalDate start, LocalDate end, LocalDate otherStart, LocalDate otherEnd) {
        return (otherEnd == null || !start.isAfter(otherEnd)) && (end == null || !otherStart.isAfter(end));
    }

    public Long getId() { return id; }
    public int getVersion() { return version; }
    public Long getElderId() { return elderId; }
    public Long getTeamId() { return teamId; }
    public ServicePackage getServicePackage() { return servicePackage; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
}
