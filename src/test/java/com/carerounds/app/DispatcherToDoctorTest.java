package com.carerounds.app;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThan;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carerounds.account.MutableClock;
import com.carerounds.testing.StepLimitedSolves;
import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The month from start to the doorstep: the dispatcher solves and publishes the demo month through
 * the API; doctor1 opens the first week, records a visit, and cannot read another team's list.
 */
@SpringBootTest(properties = {"carerounds.demo.enabled=true", "optaplanner.solver.termination.spent-limit=120s",
        "optaplanner.solver.termination.unimproved-spent-limit=120s",
        "spring.application.name=dispatcher-to-doctor"})
@Import(StepLimitedSolves.class)
@ActiveProfiles("test")
class DispatcherToDoctorTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /**
     * The month is planned the day before it starts (a solve plans nothing on a day gone by); the doctor
     * records the week's first visit on the evening of its last day, as on a phone after the round.
     */
    @TestBean(methodName = "com.carerounds.TestToday#beforeTheMonth") Clock clock;


    private static final RequestPostProcessor DISPATCHER = httpBasic("dispatcher", "demo-dispatcher");
    private static final RequestPostProcessor DOCTOR1 = httpBasic("doctor1", "demo-doctor");

    @Autowired WebApplicationContext context;

    @Test
    void aMonthFromTheDispatcherToTheDoctorsDoor() throws Exception {
        MockMvc http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        String me = http.perform(get("/api/me").with(DISPATCHER)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Number centerId = JsonPath.read(me, "$.centerId");

        String created = http.perform(post("/api/rosters").with(DISPATCHER).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"centerId\": " + centerId + ", \"month\": \"2026-12\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        Number rosterId = JsonPath.read(created, "$.id");
        http.perform(post("/api/rosters/{id}/solve", rosterId).with(DISPATCHER)).andExpect(status().isAccepted());
        // Past the 120 s guard: on a busy machine the step-limited solve has taken over a minute.
        await().atMost(Duration.ofSeconds(150)).until(() -> JsonPath.read(http.perform(
                        get("/api/rosters/{id}/status", rosterId).with(DISPATCHER)).andReturn().getResponse()
                .getContentAsString(), "$.rosterStatus").equals("SOLVED"));
        http.perform(post("/api/rosters/{id}/publish", rosterId).with(DISPATCHER)).andExpect(status().isOk());
        ((MutableClock) clock).advance(Duration.between(clock.instant(),
                LocalDate.of(2026, 12, 13).atTime(18, 0).atZone(ZONE).toInstant()));

        String doctor = http.perform(get("/api/me").with(DOCTOR1)).andReturn().getResponse().getContentAsString();
        Number teamId = JsonPath.read(doctor, "$.teamId");
        String week = http.perform(get("/api/teams/{team}/visits", teamId).with(DOCTOR1)
                        .param("from", "2026-12-07").param("to", "2026-12-13"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()", greaterThan(5)))
                .andReturn().getResponse().getContentAsString();
        List<Number> visitIds = JsonPath.read(week, "$[*].visitId");
        String done = http.perform(post("/api/visits/{id}/outcome", visitIds.get(0)).with(DOCTOR1)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"DONE\", \"notes\": \"血压平稳\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DONE"))
                .andReturn().getResponse().getContentAsString();

        // A correction, then who changed what: newest first, the notes' words kept out of the trail.
        http.perform(post("/api/visits/{id}/outcome", visitIds.get(0)).with(DOCTOR1)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"MISSED\", \"missedReason\": \"REFUSED\", \"version\": "
                                + JsonPath.read(done, "$.version") + "}"))
                .andExpect(status().isOk());
        http.perform(get("/api/visits/{id}/history", visitIds.get(0)).with(DOCTOR1))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].username").value("doctor1"))
                .andExpect(jsonPath("$[0].changes[?(@.field == 'status')].from").value("DONE"))
                .andExpect(jsonPath("$[0].changes[?(@.field == 'status')].to").value("MISSED"))
                .andExpect(jsonPath("$[1].changes[?(@.field == 'status')].from").value("PLANNED"))
                .andExpect(jsonPath("$[1].changes[?(@.field == 'notes')].to").value("***"));
        http.perform(get("/api/visits/{id}/history", visitIds.get(0)).with(httpBasic("doctor2", "demo-doctor")))
                .andExpect(status().isNotFound());

        http.perform(get("/api/teams/{team}/visits", teamId.longValue() + 1).with(DOCTOR1).param("from", "2026-12-07"))
                .andExpect(status().isForbidden());
    }
}
