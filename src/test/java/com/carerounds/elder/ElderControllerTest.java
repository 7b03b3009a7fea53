package com.carerounds.elder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** An administrator records an ADL reassessment; the history keeps every one, the latest counts. */
@SpringBootTest(properties = {"carerounds.demo.enabled=true", "spring.application.name=elders"})
@ActiveProfiles("test")
class ElderControllerTest {

    private static final RequestPostProcessor ADMIN = httpBasic("admin", "demo-admin");

    @Autowired WebApplicationContext context;
    @Autowired ElderRepository elders;

    @Test
    void aReassessmentIsAddedToTheHistory() throws Exception {
        MockMvc http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        String list = http.perform(get("/api/elders").with(httpBasic("dispatcher", "demo-dispatcher")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(300))
                .andReturn().getResponse().getContentAsString();
        Number id = JsonPath.read(list, "$[0].id");
        int version = JsonPath.read(list, "$[0].version");
        int history = ((java.util.List<?>) JsonPath.read(list, "$[0].assessments")).size();
        String body = "{\"version\": %d, \"assessedOn\": \"2026-11-20\", \"score\": 35, \"assessor\": \"王医生\"}";

        http.perform(post("/api/elders/{id}/assessments", id).with(httpBasic("dispatcher", "demo-dispatcher"))
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted(version)))
                .andExpect(status().isForbidden());
        http.perform(post("/api/elders/{id}/assessments", id).with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(version)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.assessments.length()").value(history + 1))
                .andExpect(jsonPath("$.version").value(version + 1));
        org.assertj.core.api.Assertions.assertThat(elders.findById(id.longValue()).orElseThrow()
                .latestAssessment().orElseThrow().score()).isEqualTo(35);

        http.perform(post("/api/elders/{id}/assessments", id).with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(version)))
                .andExpect(status().isConflict());
        http.perform(post("/api/elders/{id}/assessments", id).with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": %d, \"assessedOn\": \"2026-11-20\", \"score\": 140}".formatted(version + 1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("score"));
        http.perform(post("/api/elders/{id}/assessments", id).with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": %d, \"assessedOn\": \"2099-01-01\", \"score\": 40}".formatted(version + 1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("an assessment cannot be dated in the future"));
        http.perform(get("/api/elders/{id}", 999999).with(ADMIN)).andExpect(status().isNotFound());
    }
}
