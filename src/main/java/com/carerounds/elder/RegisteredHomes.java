package com.carerounds.elder;

import com.carerounds.center.ElderHomes;
import com.carerounds.geo.Location;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The elders' coordinates alone, without loading each elder's record. */
@Component
class RegisteredHomes implements ElderHomes {

    private final JdbcClient jdbc;

    RegisteredHomes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Location> homesAt(Long centerId) {
        return jdbc.sql("select latitude, longitude from elder where center_id = ?").param(centerId)
                .query((row, i) -> new Location(row.getDouble("latitude"), row.getDouble("longitude"))).list();
    }
}
