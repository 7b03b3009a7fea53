package com.carerounds.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Each kind of text is refused at the edge at exactly the length its columns hold: a longer limit
 * would let the database refuse instead (a misleading 409 before), a shorter one refuse what it stores.
 * The national ID and phone are left out: how they are stored is the elder register's concern, and
 * the national ID is checked by its own rule.
 */
@SpringBootTest(properties = "spring.application.name=text-limits")
@ActiveProfiles("test")
class TextLimitsTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    void everyTextKindIsAsLongAsItsColumns() {
        Map<String, TextKind> columns = Map.ofEntries(
                Map.entry("health_center.code", TextKind.CODE), Map.entry("health_center.name", TextKind.NAME),
                Map.entry("health_center.address", TextKind.ADDRESS),
                Map.entry("team.code", TextKind.CODE), Map.entry("team.name", TextKind.NAME),
                Map.entry("team_member.name", TextKind.PERSON_NAME), Map.entry("team_leave.reason", TextKind.REASON),
                Map.entry("elder.code", TextKind.CODE), Map.entry("elder.name", TextKind.PERSON_NAME),
                Map.entry("elder.address", TextKind.ADDRESS), Map.entry("adl_assessment.assessor", TextKind.PERSON_NAME),
                Map.entry("visit.outcome_notes", TextKind.NOTES));
        columns.forEach((column, kind) -> {
            String[] parts = column.split("\\.");
            Integer length = jdbc.queryForObject("select character_maximum_length from information_schema.columns "
                    + "where lower(table_name) = ? and lower(column_name) = ?", Integer.class, parts[0], parts[1]);
            assertThat(kind.maxLength()).as(column).isEqualTo(length);
        });
    }

    @Test
    void aTextIsRefusedForItsLengthAndForControlCharactersButNotesKeepTheirLines() {
        assertThat(TextKind.NAME.problem("队".repeat(200))).isNull();
        assertThat(TextKind.NAME.problem("队".repeat(201))).contains("at most 200");
        assertThat(TextKind.PERSON_NAME.problem("吴\u0000")).contains("control characters");
        assertThat(TextKind.PERSON_NAME.problem("吴\r\n")).contains("line breaks");
        assertThat(TextKind.ADDRESS.problem("路\u2028")).isNotNull();
        assertThat(TextKind.ADDRESS.problem("\ud800")).contains("Unicode");
        assertThat(TextKind.PERSON_NAME.problem("𠮷野家")).isNull();
        assertThat(TextKind.NOTES.problem("血压正常\r\n\t下次复查")).isNull();
        assertThat(TextKind.NOTES.problem("血压\u001b[31m")).contains("control characters");
    }
}
