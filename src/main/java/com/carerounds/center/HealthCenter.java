package com.carerounds.center;

import com.carerounds.geo.Location;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;

/** A community health center (社区卫生服务中心): its teams' routes start and end here. */
public class HealthCenter {

    @Id
    private Long id;
    @Version
    private int version;
    private String code;
    private String name;
    private String address;
    @Embedded.Empty
    private Location location;
    private LocalTime visitStart;
    private LocalTime visitEnd;

    /**
     * As stored, unchecked: a rule tightened after a row was saved must not make the center unreadable,
     * and so unfixable; the rules apply to what is saved next.
     */
    @PersistenceCreator
    HealthCenter(Long id, int version, String code, String name, String address, Location location,
                 LocalTime visitStart, LocalTime visitEnd) {
        this.id = id;
        this.version = version;
        this.code = code;
        this.name = name;
        this.address = address;
        this.location = location;
        this.visitStart = visitStart;
        this.visitEnd = visitEnd;
    }

    public HealthCenter(String code, String name, String address, Location location,
                        LocalTime visitStart, LocalTime visitEnd) {
        this(null, 0, Objects.requireNonNull(code, "code"), null, null, null, null, null);
        update(name, address, location, visitStart, visitEnd);
    }

    /** Hours are kept to the minute (see {@link #validHours}). */
    public void update(String name, String address, Location location, LocalTime visitStart, LocalTime visitEnd) {
        if (!validHours(visitStart, visitEnd)) {
            throw new IllegalArgumentException("home-visit hours must start before they end");
        }
        this.name = Objects.requireNonNull(name, "name");
        this.address = Objects.requireNonNull(address, "address");
        this.location = Objects.requireNonNull(location, "location");
        this.visitStart = visitStart.truncatedTo(ChronoUnit.MINUTES);
        this.visitEnd = visitEnd.truncatedTo(ChronoUnit.MINUTES);
    }

    /**
     * Whether the hours, to the minute, start before they end. Minutes are what the plan uses, and a
     * time such as 23:59:59.999999999 is stored by PostgreSQL as 24:00, which reads back as midnight.
     */
    public static boolean validHours(LocalTime visitStart, LocalTime visitEnd) {
        return visitStart.truncatedTo(ChronoUnit.MINUTES).isBefore(visitEnd.truncatedTo(ChronoUnit.MINUTES));
    }

    public Long getId() { return id; }
    public int getVersion() { return version; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getAddress() { return address; }
    public Location getLocation() { return location; }
    public LocalTime getVisitStart() { return visitStart; }
    public LocalTime getVisitEnd() { return visitEnd; }
}
