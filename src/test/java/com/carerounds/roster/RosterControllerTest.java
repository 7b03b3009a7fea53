package com.carerounds.roster;

import java.time.Clock;
import org.springframework.test.context.bean.override.convention.TestBean;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carerounds.center.HealthCenterRepository;
import com.carerounds.testing.StepLimitedSolves;
import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The dispatcher's month over HTTP: create, solve in the background, read, publish; and the errors. */
@SpringBootTest(properties = {"carerounds.demo.enabled=true", "optaplanner.solver.termination.spent-limit=120s",
        "optaplanner.solver.termination.unimproved-spent-limit=120s",
        "carerounds.solver.save-interval=1s", "spring.application.name=roster-controller"})
@Import(StepLimitedSolves.class)
@ActiveProfiles("test")
class RosterControllerTest {

    @TestBean(methodName = "com.carerounds.TestToday#beforeTheMonth") Clock clock;

    @Autowired WebApplicationContext context;
    MockMvc http;

    @BeforeEach
    void signIn() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity())
                .defaultRequest(get("/").with(httpBasic("dispatcher", "demo-dispatcher"))).build();
    }
    @Autowired HealthCenterRepository centers;

    private String month(String month) {
        return "{\"centerId\": " + centers.findAll().get(0).getId() + ", \"month\": \"" + month + "\"}";
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDispatcherPlansAndPublishesTheMonth() throws Exception {
        String created = http.perform(post("/api/rosters").contentType(MediaType.APPLICATION_JSON).content(month("2026-12")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/rosters/")))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.visits", greaterThan(700)))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();

        http.perform(post("/api/rosters").contentType(MediaType.APPLICATION_JSON).content(month("2026-12")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("already exists")));
        http.perform(post("/api/rosters/{id}/publish", id))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("DRAFT")));

        http.perform(post("/api/rosters/{id}/solve", id)).andExpect(status().isAccepted());
        http.perform(post("/api/rosters/{id}/solve", id)).andExpect(status().isConflict());
        http.perform(get("/api/rosters/{id}", id)).andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(60)).until(() -> JsonPath.read(http.perform(get("/api/rosters/{id}/status", id))
                .andReturn().getResponse().getContentAsString(), "$.rosterStatus").equals("SOLVED"));

        http.perform(get("/api/rosters/{id}", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.routes.length()", greaterThan(100)))
                .andExpect(jsonPath("$.routes[0].visits[0].position").value(0))
                .andExpect(jsonPath("$.routes[0].visits[0].plannedStart", notNullValue()))
                .andExpect(jsonPath("$.unassigned[*].reason", everyItem(notNullValue())))
                .andExpect(jsonPath("$.constraints[*].constraint", hasItem("Travel time")))
                .andExpect(jsonPath("$.kpis.visitsPlanned", greaterThan(700)))
                .andExpect(jsonPath("$.kpis.teams.length()", is(6)))
                .andExpect(jsonPath("$.kpis.homeHospitalBedUnassigned", is(0)))
                .andExpect(jsonPath("$.kpis.homeHospitalBedInversions", is(0)))
                .andExpect(jsonPath("$.kpis.priorityInversions", notNullValue()));

        // The board's days: every team day the calendar, leave and capacity allow, with its route's time out.
        String view = http.perform(get("/api/rosters/{id}", id)).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> teamDays = JsonPath.read(view, "$.teamDays");
        List<Map<String, Object>> routes = JsonPath.read(view, "$.routes");
        assertThat(teamDays).hasSizeGreaterThanOrEqualTo(routes.size())
                .allSatisfy(day -> assertThat((Integer) day.get("routeMinutes")).isBetween(0, (Integer) day.get("limitMinutes")));
        Map<String, Object> route = routes.get(0);
        Map<String, Object> day = teamDays.stream().filter(d -> d.get("teamId").equals(route.get("teamId"))
                && d.get("date").equals(route.get("date"))).findFirst().orElseThrow();
        List<Map<String, Object>> stops = (List<Map<String, Object>>) route.get("visits");
        assertThat(day.get("visits")).isEqualTo(stops.size());

        // Its map: the same stops in order, a leg from the center to each and back, no tiles configured.
        String map = http.perform(get("/api/rosters/{id}/route", id).param("teamId", route.get("teamId").toString())
                        .param("date", route.get("date").toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tileUrl").doesNotExist())
                .andExpect(jsonPath("$.legs.length()").value(stops.size() + 1))
                .andExpect(jsonPath("$.legs[0].from").doesNotExist())
                .andExpect(jsonPath("$.legs[" + stops.size() + "].to").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Object>>read(map, "$.stops[*].visitId")).isEqualTo(stops.stream().map(s -> s.get("visitId")).toList());
        int travelAndVisits = JsonPath.<List<Integer>>read(map, "$.legs[*].minutes").stream().mapToInt(Integer::intValue).sum()
                + stops.stream().mapToInt(s -> (Integer) s.get("durationMinutes")).sum();
        // Out no shorter than travelling and visiting (each leg rounded to the minute), longer by any waiting.
        assertThat((Integer) day.get("routeMinutes")).isGreaterThanOrEqualTo(travelAndVisits - stops.size() - 1);
        http.perform(get("/api/rosters/{id}/route", id).param("teamId", "999999").param("date", route.get("date").toString()))
                .andExpect(status().isNotFound());

        http.perform(post("/api/rosters/{id}/publish", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rosterStatus").value("PUBLISHED"));
        http.perform(get("/api/rosters/{id}/revisions", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].revision").value(1))
                .andExpect(jsonPath("$[0].added").value(JsonPath.<Integer>read(view, "$.kpis.visitsPlanned")))
                .andExpect(jsonPath("$[0].moved").value(0));
    }

    @Test
    void badRequestsGetProblemDetails() throws Exception {
        http.perform(post("/api/rosters").contentType(MediaType.APPLICATION_JSON).content("{\"centerId\": 1}"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("month"));
        http.perform(post("/api/rosters").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"centerId\": 999999, \"month\": \"2026-12\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("this belongs to another health center"));
        http.perform(get("/api/rosters/{id}", 999999))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("no roster 999999"));
    }
}
