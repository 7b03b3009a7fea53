package com.carerounds.center;

import java.time.LocalTime;
import java.util.List;

/** A center as read and saved; {@code warnings}: what looks wrong but is not refused, such as a location far from the elders. */
public record CenterView(Long id, int version, String code, String name, String address, double latitude,
                         double longitude, LocalTime visitStart, LocalTime visitEnd, List<String> warnings) {

    static CenterView of(HealthCenter c, List<String> warnings) {
        return new CenterView(c.getId(), c.getVersion(), c.getCode(), c.getName(), c.getAddress(),
                c.getLocation().latitude(), c.getLocation().longitude(), c.getVisitStart(), c.getVisitEnd(), warnings);
    }
}
