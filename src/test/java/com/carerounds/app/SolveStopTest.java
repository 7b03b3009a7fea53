package com.carerounds.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carerounds.testing.StepLimitedSolves;
import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.Duration;
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
 * The dispatcher stops a solve that would run for ten minutes: it ends at once with the best plan found
 * so far saved and the roster SOLVED, not INTERRUPTED and not empty.
 */
@SpringBootTest(properties = {"carerounds.demo.enabled=true", "optaplanner.solver.termination.spent-limit=600s",
        "optaplanner.solver.termination.unimproved-spent-limit=600s", "carerounds.test.local-search-steps=100000000",
        "spring.application.name=solve-stop"})
@Import(StepLimitedSolves.class)
@ActiveProfiles("test")
class SolveStopTest {

    private static final RequestPostProcessor DISPATCHER = httpBasic("dispatcher", "demo-dispatcher");

    /** The day before the month, so that every day of it is open to the solve. */
    @TestBean(methodName = "com.carerounds.TestToday#beforeTheMonth") Clock clock;

    @Autowired WebApplicationContext context;

    @Test
    void stoppingASolveKeepsTheBestPlanSoFarAndLeavesTheRosterSolved() throws Exception {
        MockMvc http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        Number centerId = JsonPath.read(http.perform(get("/api/me").with(DISPATCHER))
                .andReturn().getResponse().getContentAsString(), "$.centerId");
        Number rosterId = JsonPath.read(http.perform(post("/api/rosters").with(DISPATCHER)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"centerId\": " + centerId + ", \"month\": \"2026-12\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        http.perform(post("/api/rosters/{id}/solve", rosterId).with(DISPATCHER)).andExpect(status().isAccepted());
        // Searching: the construction is done and a score is reported.
        await().atMost(Duration.ofSeconds(120)).until(() -> {
            String s = statusOf(http, rosterId);
            return JsonPath.read(s, "$.solverStatus").equals("SOLVING_ACTIVE") && JsonPath.read(s, "$.score") != null;
        });

        http.perform(delete("/api/rosters/{id}/solve", rosterId).with(DISPATCHER)).andExpect(status().isAccepted());

        // Far inside the 600 s the solve was given: the stop ended it.
        await().atMost(Duration.ofSeconds(60)).until(() -> JsonPath.read(statusOf(http, rosterId), "$.solverStatus")
                .equals("NOT_SOLVING"));
        String after = statusOf(http, rosterId);
        assertThat((String) JsonPath.read(after, "$.rosterStatus")).isEqualTo("SOLVED");
        assertThat((String) JsonPath.read(after, "$.score")).isNotNull();
        String roster = http.perform(get("/api/rosters/{id}", rosterId).with(DISPATCHER)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat((Integer) JsonPath.read(roster, "$.kpis.visitsPlanned")).as("the best plan so far is saved").isPositive();
    }

    private static String statusOf(MockMvc http, Number rosterId) throws Exception {
        return http.perform(get("/api/rosters/{id}/status", rosterId).with(DISPATCHER)).andReturn().getResponse()
                .getContentAsString();
    }
}
