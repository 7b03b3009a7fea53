package com.carerounds.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carerounds.center.HealthCenterRepository;
import com.carerounds.roster.RosterRepository;
import com.carerounds.roster.RosterService;
import com.carerounds.roster.RosterSolvingService;
import com.carerounds.roster.RosterStatus;
import com.carerounds.solver.RosterWeights;
import com.carerounds.team.Team;
import com.carerounds.team.TeamRepository;
import com.carerounds.testing.StepLimitedSolves;
import com.carerounds.visit.Visit;
import com.carerounds.visit.VisitRepository;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
 * Point 10 of the lived month: a capacity or leave change tried without making it answers the visits that
 * would no longer fit and, for each planned roster it concerns, the coverage after a quick re-plan against
 * today's; nothing is saved. The quick re-plan ends on its step limits (the time guard is set far above).
 */
@SpringBootTest(properties = {"carerounds.demo.enabled=true", "optaplanner.solver.termination.spent-limit=120s",
        "optaplanner.solver.termination.unimproved-spent-limit=120s", "carerounds.what-if.steps=500",
        "carerounds.what-if.unimproved-steps=150", "carerounds.what-if.time-limit=300s",
        "spring.application.name=what-if"})
@Import(StepLimitedSolves.class)
@ActiveProfiles("test")
class WhatIfTest {

    private static final RequestPostProcessor ADMIN = httpBasic("admin", "demo-admin");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestBean(methodName = "com.carerounds.TestToday#beforeTheMonth") Clock clock;

    @Autowired WebApplicationContext context;
    @Autowired HealthCenterRepository centers;
    @Autowired RosterService rosterService;
    @Autowired RosterSolvingService solving;
    @Autowired RosterRepository rosters;
    @Autowired TeamRepository teams;
    @Autowired VisitRepository visits;

    private JsonNode send(MockMvc http, String path, Long teamId, String body, int expected) throws Exception {
        var request = path.endsWith("preview") ? post(path, teamId) : patch(path, teamId);
        return JSON.readTree(http.perform(request.with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString());
    }

    private Map<Long, List<Object>> places(Long rosterId) {
        return visits.findByRosterId(rosterId).stream().collect(Collectors.toMap(Visit::getId, v -> java.util.Arrays.asList(
                v.getTeamId(), v.getVisitDate(), v.getPlannedStart(), v.getRoutePosition(), v.getVersion())));
    }

    /** The team's record as the team page sends it, with the leave of 14–18 December added. */
    private static ObjectNode withLeave(Team team) {
        ObjectNode body = JSON.createObjectNode().put("version", team.getVersion()).put("code", team.getCode())
                .put("name", team.getName()).put("travelMode", team.getTravelMode().name())
                .put("maxVisitMinutes", team.getCapacity().maxVisitMinutes()).put("maxVisits", team.getCapacity().maxVisits());
        ArrayNode members = body.putArray("members");
        team.getMembers().forEach(m -> members.addObject().put("name", m.name()).put("role", m.role().name()));
        ArrayNode workingDays = body.putArray("workingDays");
        team.getWorkingDays().forEach(d -> workingDays.add(d.name()));
        ArrayNode leave = body.putArray("leave");
        team.getLeave().forEach(l -> leave.addObject().put("startDate", l.startDate().toString())
                .put("endDate", l.endDate().toString()).put("reason", l.reason()));
        leave.addObject().put("startDate", "2026-12-14").put("endDate", "2026-12-18").put("reason", "training");
        return body;
    }

    @Test
    void aLeaveTriedSaysWhatNoLongerFitsAndTheCoverageAfterAQuickRePlanAndSavesNothing() throws Exception {
        MockMvc http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        Long rosterId = rosterService.create(centers.findAll().get(0).getId(), YearMonth.of(2026, 12)).roster().getId();
        solving.start(rosterId, new RosterWeights());
        await().atMost(Duration.ofMinutes(3)).until(() -> !solving.isSolving(rosterId));
        rosterService.publish(rosterId);
        Long teamId = visits.findByRosterId(rosterId).stream().filter(Visit::isAssigned)
                .collect(Collectors.groupingBy(Visit::getTeamId, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        Team team = teams.findById(teamId).orElseThrow();
        Map<Long, List<Object>> before = places(rosterId);
        long onLeaveDays = visits.findByRosterId(rosterId).stream().filter(v -> teamId.equals(v.getTeamId())
                && !v.getVisitDate().isBefore(LocalDate.of(2026, 12, 14))
                && !v.getVisitDate().isAfter(LocalDate.of(2026, 12, 18))).count();
        String leave = "{\"version\": " + team.getVersion()
                + ", \"leave\": {\"startDate\": \"2026-12-14\", \"endDate\": \"2026-12-18\", \"reason\": \"training\"}}";

        JsonNode tried = send(http, "/api/teams/{id}/capacity/preview", teamId, leave, 200);

        assertThat(tried.get("noLongerFit").size()).as("every visit of the team that week").isEqualTo((int) onLeaveDays);
        assertThat(tried.get("coverage").size()).isEqualTo(1);
        JsonNode coverage = tried.get("coverage").get(0);
        assertThat(coverage.get("rosterId").asLong()).isEqualTo(rosterId);
        JsonNode today = coverage.get("today");
        JsonNode after = coverage.get("afterRePlan");
        assertThat(today.get("unassigned").asInt()).isEqualTo((int) before.values().stream().filter(p -> p.get(0) == null).count());
        assertThat(after.get("visits").asInt()).isEqualTo(today.get("visits").asInt());
        // Each visit of the leave week is moved to another team or day, or left unassigned.
        assertThat(coverage.get("visitsMoved").asInt() + after.get("unassigned").asInt() - today.get("unassigned").asInt())
                .isGreaterThanOrEqualTo((int) onLeaveDays);
        assertThat(after.get("homeHospitalBedUnassigned").asInt()).isLessThanOrEqualTo(after.get("unassigned").asInt());

        Team unchanged = teams.findById(teamId).orElseThrow();
        assertThat(unchanged.getVersion()).isEqualTo(team.getVersion());
        assertThat(unchanged.getLeave()).isEqualTo(team.getLeave());
        assertThat(rosters.findById(rosterId).orElseThrow().getStatus()).isEqualTo(RosterStatus.PUBLISHED);
        assertThat(places(rosterId)).as("no visit written").isEqualTo(before);

        // The same leave in the team's record, as the team page tries it: the same visits, the roster's coverage.
        JsonNode triedRecord = send(http, "/api/teams/{id}/preview", teamId, JSON.writeValueAsString(withLeave(team)), 200);
        assertThat(triedRecord.get("noLongerFit")).isEqualTo(tried.get("noLongerFit"));
        assertThat(triedRecord.get("coverage").size()).isEqualTo(1);
        assertThat(triedRecord.get("coverage").get(0).get("today")).isEqualTo(today);
        assertThat(triedRecord.get("coverage").get(0).get("afterRePlan").get("visits")).isEqualTo(after.get("visits"));
        assertThat(places(rosterId)).as("no visit written").isEqualTo(before);
        assertThat(teams.findById(teamId).orElseThrow().getVersion()).isEqualTo(team.getVersion());

        // Made, the same change: the leave is the team's, the roster needs a re-plan, the same visits listed.
        JsonNode made = send(http, "/api/teams/{id}/capacity", teamId, leave, 200);
        assertThat(made.get("noLongerFit")).isEqualTo(tried.get("noLongerFit"));
        assertThat(made.get("coverage")).isEmpty();
        assertThat(teams.findById(teamId).orElseThrow().onLeave(LocalDate.of(2026, 12, 16))).isTrue();
        http.perform(get("/api/rosters/{id}/status", rosterId).with(ADMIN))
                .andExpect(jsonPath("$.rosterStatus").value("NEEDS_REPLAN"));
    }

    @Test
    void aChangeIsACapacityOrALeaveOrBothAndABadOneIsRefusedWithTheField() throws Exception {
        MockMvc http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        Team team = teams.findByCenterIdOrderByCode(centers.findAll().get(0).getId()).get(2);
        int v = team.getVersion();
        Map<String, String> refused = Map.of(
                "{\"version\": " + v + "}", "maxVisitMinutes",
                "{\"version\": " + v + ", \"maxVisits\": 3}", "maxVisitMinutes",
                "{\"version\": " + v + ", \"leave\": {\"startDate\": \"2026-12-18\", \"endDate\": \"2026-12-14\"}}", "leave.endDate",
                "{\"version\": " + v + ", \"from\": \"2026-12-14\", \"to\": \"2026-12-15\", "
                        + "\"leave\": {\"startDate\": \"2026-12-14\", \"endDate\": \"2026-12-14\"}}", "from",
                "{\"version\": " + v + ", \"leave\": {\"startDate\": \"2026-12-14\"}}", "leave.endDate");
        for (Map.Entry<String, String> bad : refused.entrySet()) {
            for (String path : List.of("/api/teams/{id}/capacity/preview", "/api/teams/{id}/capacity")) {
                JsonNode problem = send(http, path, team.getId(), bad.getKey(), 400);
                assertThat(problem.get("errors").get(0).get("field").asText()).as(path + " " + bad.getKey())
                        .isEqualTo(bad.getValue());
            }
        }
        assertThat(teams.findById(team.getId()).orElseThrow().getVersion()).isEqualTo(v);

        // Capacity and leave together in one change: both are the team's after it.
        String both = "{\"version\": " + v + ", \"maxVisitMinutes\": 200, \"maxVisits\": 4, \"from\": \"2027-01-04\", "
                + "\"to\": \"2027-01-08\", \"leave\": {\"startDate\": \"2027-01-11\", \"endDate\": \"2027-01-11\"}}";
        send(http, "/api/teams/{id}/capacity", team.getId(), both, 200);
        Team changed = teams.findById(team.getId()).orElseThrow();
        assertThat(changed.capacityOn(LocalDate.of(2027, 1, 6)).maxVisits()).isEqualTo(4);
        assertThat(changed.onLeave(LocalDate.of(2027, 1, 11))).isTrue();
        String overlapping = "{\"version\": " + changed.getVersion()
                + ", \"leave\": {\"startDate\": \"2027-01-10\", \"endDate\": \"2027-01-12\"}}";
        assertThat(send(http, "/api/teams/{id}/capacity/preview", team.getId(), overlapping, 400).get("errors").get(0)
                .get("reason").asText()).startsWith("overlaps the team's leave from 2027-01-11 to 2027-01-11");
    }
}
