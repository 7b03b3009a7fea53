package com.carerounds.center;

import com.carerounds.geo.Location;
import java.time.LocalTime;
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

    @PersistenceCreator
    HealthCenter(Long id, int version, String code, String name, String address, Location location,
                 LocalTime visitStart, LocalTime visitEnd) {
        this.id = id;
        this.version = version;
        this.code = Objects.requireNonNull(code, "code");
        update(name, address, location, visitStart, visitEnd);
    }

    public HealthCenter(String code, String name, String address, Location location,
                        LocalTime visitStart, LocalTime visitEnd) {
        this(null, 0, code, name, address, location, visitStart, visitEnd);
    }

    public void update(String name, String address, Location location, LocalTime visitStart, LocalTime visitEnd) {
        if (!visitStart.isBefore(visitEnd)) {
            throw new IllegalArgumentException("home-visit hours must start before they end");
        }
        this.name = Objects.requireNonNull(name, "name");
        this.address = Objects.requireNonNull(address, "address");
        this.location = Objects.requireNonNull(location, "location");
        this.visitStart = visitStart;
        this.visitEnd = visitEnd;
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
