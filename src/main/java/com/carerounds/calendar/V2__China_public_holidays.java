package com.carerounds.calendar;

import com.carerounds.kernel.Csv;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the State Council holiday arrangements shipped in {@code data/calendar/china.csv}, once, as a
 * migration: an administrator's later corrections to the calendar are never overwritten on restart.
 * Flyway picks it up as a Spring bean; its class name is Flyway's version and description.
 */
@Component
public class V2__China_public_holidays extends BaseJavaMigration {

    static final String RESOURCE = "data/calendar/china.csv";

    @Override
    public void migrate(Context context) throws Exception {
        var resource = new ClassPathResource(RESOURCE);
        try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8);
             PreparedStatement insert = context.getConnection().prepareStatement(
                     "insert into calendar_day (on_date, version, kind, name) values (?, 1, ?, ?)")) {
            for (Csv.Row row : Csv.read(reader)) {
                insert.setDate(1, Date.valueOf(LocalDate.parse(row.get("date"))));
                insert.setString(2, DayKind.valueOf(row.get("kind")).name());
                insert.setString(3, row.get("name"));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
