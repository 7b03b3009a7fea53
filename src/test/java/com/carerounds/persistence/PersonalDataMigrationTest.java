package com.carerounds.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.carerounds.calendar.V2__China_public_holidays;
import com.carerounds.elder.NationalId;
import com.carerounds.elder.V10__Elder_personal_data_encrypted;
import com.carerounds.privacy.FieldCipher;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Issue 13, finding 10: a database of an earlier version, with national IDs and phones in clear, comes
 * out of the migration with them encrypted and the unique index on the fingerprint, on H2 and PostgreSQL.
 */
class PersonalDataMigrationTest {

    private static final FieldCipher CIPHER = FieldCipher.demo();

    @Test
    void h2() {
        migrate("jdbc:h2:mem:migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "8", "classpath:db/migration");
    }

    @Test
    @EnabledIfSystemProperty(named = PostgresTestDatabase.PROPERTY, matches = ".+")
    void postgres() {
        migrate(PostgresTestDatabase.create(), "9", "classpath:db/migration", "classpath:db/vendor/postgresql");
    }

    /** Up to {@code before} (the last version before the encryption), some elders in clear, then the rest. */
    private static void migrate(String url, String before, String... locations) {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url);
        var flyway = Flyway.configure().dataSource(dataSource).locations(locations)
                .javaMigrations(new V2__China_public_holidays(), new V10__Elder_personal_data_encrypted(CIPHER));
        flyway.target(before).load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("insert into health_center (version, code, name, address, latitude, longitude, visit_start, visit_end) "
                + "values (0, 'M1', '中心', '地址', 31.2, 121.4, time '13:00', time '17:00')");
        Long center = jdbc.queryForObject("select id from health_center where code = 'M1'", Long.class);
        String insert = "insert into elder (version, center_id, code, name, sex, birth_date, national_id, phone, address, "
                + "latitude, longitude) values (0, ?, ?, '张桂英', 'F', date '1938-03-05', ?, ?, '地址', 31.2, 121.4)";
        jdbc.update(insert, center, "E1", "31010519380305105X", "13812345678");
        jdbc.update(insert, center, "E2", "310105193803050049", null);

        flyway.target("latest").load().migrate();

        List<Map<String, Object>> rows = jdbc.queryForList(
                "select code, national_id, national_id_hash, phone from elder order by code");
        assertThat(rows).allSatisfy(row -> assertThat(row.values().toString())
                .doesNotContain("31010519380305105X", "310105193803050049", "13812345678"));
        assertThat(CIPHER.decrypt((String) rows.get(0).get("national_id"))).isEqualTo("31010519380305105X");
        assertThat(CIPHER.decrypt((String) rows.get(0).get("phone"))).isEqualTo("13812345678");
        assertThat(rows.get(0).get("national_id_hash")).isEqualTo(NationalId.fingerprint("31010519380305105X", CIPHER));
        assertThat(rows.get(1).get("phone")).isNull();
        assertThatThrownBy(() -> jdbc.update("update elder set national_id_hash = ? where code = 'E2'",
                rows.get(0).get("national_id_hash"))).isInstanceOf(DataIntegrityViolationException.class);
    }
}
