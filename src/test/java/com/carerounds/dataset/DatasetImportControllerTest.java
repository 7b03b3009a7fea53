package com.carerounds.dataset;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carerounds.center.HealthCenterRepository;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** A center's export uploaded as CSV files or as JSON rows: all of it, or nothing with every bad row named. */
@SpringBootTest(properties = {"carerounds.admin.username=root", "carerounds.admin.password=root-password-1"})
@ActiveProfiles("test")
class DatasetImportControllerTest {

    @Autowired WebApplicationContext context;
    MockMvc http;

    @BeforeEach
    void signIn() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity())
                .defaultRequest(get("/").with(httpBasic("root", "root-password-1"))).build();
    }
    @Autowired HealthCenterRepository centers;

    @Test
    void importsCsvFilesAsMultipartParts() throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/api/import");
        DatasetImporterTest.dataset().forEach((name, content) -> request.file(
                new MockMultipartFile(name, name, "text/csv", content.replace("XH", "XH-csv")
                        .replace("310105193803050022", "11010519491231002X")
                        .replace("310105193803050102", "110105194912310038").getBytes(StandardCharsets.UTF_8))));

        http.perform(request)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.centers").value(1))
                .andExpect(jsonPath("$.elders").value(2))
                .andExpect(jsonPath("$.contracts").value(2));
    }

    @Test
    void refusesJsonRowsWithErrorsAndSavesNothing() throws Exception {
        long before = centers.count();
        String body = """
                {"centers": [{"code": "J1", "name": "测试中心", "address": "上海市长宁区新华路1号",
                              "latitude": 31.2, "longitude": 121.43, "visit_start": "13:00", "visit_end": "12:00"}],
                 "teams": [{"code": "T1", "center_code": "J1", "name": "一队", "travel_mode": "EBIKE",
                            "working_days": ["MON", "TUE"], "max_visit_minutes": 240, "max_visits": 8}]}
                """;
        http.perform(post("/api/import").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].column", hasItem("visit_end")))
                .andExpect(jsonPath("$.errors[*].file", hasItem("teams.csv")));
        org.assertj.core.api.Assertions.assertThat(centers.count()).isEqualTo(before);

        http.perform(post("/api/import").contentType(MediaType.APPLICATION_JSON).content("{\"patients\": []}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.startsWith("unknown dataset file 'patients'")));
    }
}
