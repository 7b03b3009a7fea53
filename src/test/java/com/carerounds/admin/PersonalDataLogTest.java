package com.carerounds.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 13, finding 10: the service's own logs hold no national ID number or phone, even with the
 * project's, Spring MVC's and JDBC's logging turned up to TRACE (where JDBC prints every statement's
 * parameters), while elders are created, changed, refused as duplicates or as invalid, and imported.
 */
@SpringBootTest(properties = {"carerounds.demo.enabled=true", "spring.application.name=administration"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataLogTest {

    private static final RequestPostProcessor ADMIN = httpBasic("admin", "demo-admin");
    private static final String PHONE = "13798765432";
    private static final String NEW_PHONE = "13911223344";
    private static final String IMPORTED_PHONE = "13655667788";

    @Autowired MockMvc http;
    @Autowired ObjectMapper json;
    @Autowired AdminFixture fixture;

    /** Turned up for this test only, and back afterwards: the levels are the JVM's, not the context's. */
    private static final List<String> LOGGERS = List.of("com.carerounds", "org.springframework.jdbc",
            "org.springframework.web", "org.springframework.data");

    @Test
    void noNationalIdOrPhoneReachesTheLog(CapturedOutput output) throws Exception {
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        LOGGERS.forEach(logger -> logging.setLogLevel(logger, LogLevel.TRACE));
        try {
            createChangeRefuseAndImport(output);
        } finally {
            LOGGERS.forEach(logger -> logging.setLogLevel(logger, null));
        }
    }

    private void createChangeRefuseAndImport(CapturedOutput output) throws Exception {
        String nationalId = fixture.nationalId();
        String created = http.perform(post("/api/elders").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content(elder(null, AdminFixture.code("E"), nationalId, PHONE)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode elder = json.readTree(created);

        http.perform(put("/api/elders/" + elder.get("id").asLong()).with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content(elder(elder.get("version").asInt(), elder.get("code").asText(), nationalId, NEW_PHONE)))
                .andExpect(status().isOk());
        String duplicate = http.perform(post("/api/elders").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content(elder(null, AdminFixture.code("E"), nationalId, PHONE)))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(duplicate).doesNotContain(nationalId);
        String tooLong = PHONE.repeat(4);
        http.perform(post("/api/elders").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content(elder(null, AdminFixture.code("E"), fixture.nationalId(), tooLong)))
                .andExpect(status().isBadRequest());

        String importedId = fixture.nationalId();
        String code = AdminFixture.code("I");
        String elders = "code,name,sex,birth_date,national_id,phone,address,latitude,longitude\n"
                + code + ",钱老人,M,1939-02-03," + importedId + "," + IMPORTED_PHONE + ",上海市长宁区愚园路5号,31.22,121.42\n";
        String contracts = "elder_code,team_code,service_package,start_date,end_date\n" + code + ",C01-T01,BASIC,2026-01-01,\n";
        http.perform(importing(elders, contracts)).andExpect(status().isOk());
        // Imported again: refused as already registered, by row and column, without the number.
        String refused = http.perform(importing(elders.replace(code, code + "X"), contracts.replace(code, code + "X")))
                .andExpect(status().is4xxClientError()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("already registered").doesNotContain(importedId);

        assertThat(output.getAll()).as("the statements ran and were logged").contains("insert into", "elder");
        for (String personal : List.of(nationalId, importedId, PHONE, NEW_PHONE, IMPORTED_PHONE,
                nationalId.substring(6, 14), importedId.substring(6, 14))) {
            assertThat(output.getAll()).doesNotContain(personal);
        }
    }

    private static MockHttpServletRequestBuilder importing(String elders, String contracts) {
        return multipart("/api/import")
                .file(new MockMultipartFile("elders.csv", "elders.csv", "text/csv", elders.getBytes(StandardCharsets.UTF_8)))
                .file(new MockMultipartFile("contracts.csv", "contracts.csv", "text/csv",
                        contracts.getBytes(StandardCharsets.UTF_8)))
                .with(ADMIN);
    }

    private static String elder(Object version, String code, String nationalId, String phone) {
        return """
                {"version": %s, "code": "%s", "name": "吴老人", "sex": "F", "birthDate": "1936-05-06",
                 "nationalId": "%s", "phone": "%s", "address": "上海市长宁区愚园路3号",
                 "latitude": 31.2, "longitude": 121.42}""".formatted(version, code, nationalId, phone);
    }
}
