package com.carerounds.center;

import java.time.LocalTime;

public record CenterView(Long id, int version, String code, String name, String address, double latitude,
                         double longitude, LocalTime visitStart, LocalTime visitEnd) {

    static CenterView of(HealthCenter c) {
        return new CenterView(c.getId(), c.getVersion(), c.getCode(), c.getName(), c.getAddress(),
                c.getLocation().latitude(), c.getLocation().longitude(), c.getVisitStart(), c.getVisitEnd());
    }
}
