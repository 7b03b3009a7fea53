package com.carerounds.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThan;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carerounds.account.MutableClock;
import com.carerounds.center.HealthCenterRepository;
import com.carerounds.team.Leave;
import com.carerounds.team.Team;
import com.carerounds.team.TeamRepository;
import com.carerounds.testing.StepLimitedSolves;
import com.carerounds.visit.Visit;
import com.carerounds.visit.VisitRepository;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Published means stable (issue 16, points 2 and 5): a re-plan of a published month is a draft beside
 * the published revision; the doctors keep seeing the published one until the dispatcher publishes
 * the draft, and publishing answers, and keeps, what changed for each team. A capacity or leave change
 * that pushes planned visits out of their day marks the roster as needing a re-plan, with those visits.
 */
@SpringBootTest(properties = {"carerounds.demo.enabled=true", "optaplanner.solver.termination.spent-limit=120s",
        "optaplanner.solver.termination.unimproved-spent-limit=120s", "spring.application.name=roster-revisions"})
@Import(StepLimitedSolves.class)
@ActiveProfiles("test")
@SuppressWarnings("unchecked")
class RosterRevisionsTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final RequestPostProcessor DISPATCHER = httpBasic("dispatcher", "demo-dispatcher");
    private static final RequestPostProcessor DOCTOR1 = httpBasic("doctor1", "demo-doctor");
    private static final RequestPostProcessor ADMIN = httpBasic("admin", "demo-admin");
    private static final LocalDate SICK_FROM = LocalDate.of(2026, 12, 10);
    private static final LocalDate SICK_TO = LocalDate.of(2026, 12, 11);

    /** The month is planned the day before it starts. */
    @TestBean(methodName = "com.carerounds.TestToday#beforeTheMonth") Clock clock;

    @Autowired WebApplicationContext context;
    @Autowired HealthCenterRepository centers;
    @Autowired TeamRepository teams;
    @Autowired VisitRepository visits;
    @Autowired RosterRepository rosters;

    @Test
    void doctorsSeeThePublishedRevisionWhileADraftIsWorkedOnAndPublishingSaysWhatChanged() throws Exception {
        MockMvc http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        setClock(LocalDate.of(2026, 11, 30).atTime(9, 0));
        String created = http.perform(post("/api/rosters").with(DISPATCHER).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"centerId\": " + centers.findAll().get(0).getId() + ", \"month\": \"2026-12\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        Number rosterId = JsonPath.read(created, "$.id");
        solve(http, rosterId);
        http.perform(post("/api/rosters/{id}/publish", rosterId).with(DISPATCHER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revision").value(1))
                .andExpect(jsonPath("$.rosterStatus").value("PUBLISHED"))
                .andExpect(jsonPath("$.teams[0].added.length()", greaterThan(10)));

        Number teamId = JsonPath.read(http.perform(get("/api/me").with(DOCTOR1)).andReturn().getResponse()
                .getContentAsString(), "$.teamId");
        List<Object> published = doctorsWeek(http, teamId);
        List<Number> onSickDays = JsonPath.read(week(http, teamId),
                "$[?(@.date == '2026-12-10' || @.date == '2026-12-11')].visitId");
        assertThat(onSickDays).isNotEmpty();

        // Tuesday 8 December: doctor1's team will be away on Thursday and Friday.
        setClock(LocalDate.of(2026, 12, 8).atTime(8, 0));
        Team team = teams.findById(teamId.longValue()).orElseThrow();
        team.addLeave(new Leave(SICK_FROM, SICK_TO, "training"));
        teams.save(team);
        solve(http, rosterId);

        String draft = http.perform(get("/api/rosters/{id}", rosterId).with(DISPATCHER)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<Object> draftOnSickDays = JsonPath.read(draft, "$.routes[?(@.teamId == " + teamId
                + " && (@.date == '2026-12-10' || @.date == '2026-12-11'))]");
        assertThat(draftOnSickDays).as("the draft follows the leave").isEmpty();
        assertThat(doctorsWeek(http, teamId)).as("the doctors still see the published revision").isEqualTo(published);
        http.perform(get("/api/rosters/{id}/status", rosterId).with(DISPATCHER))
                .andExpect(jsonPath("$.rosterStatus").value("SOLVED"))
                .andExpect(jsonPath("$.publishedRevision").value(1));

        String publication = http.perform(post("/api/rosters/{id}/publish", rosterId).with(DISPATCHER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revision").value(2))
                .andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> teamChanges = JsonPath.read(publication, "$.teams[?(@.teamId == " + teamId + ")]");
        assertThat(teamChanges).hasSize(1);
        Set<Number> changedFromSickDays = new HashSet<>();
        for (String kind : List.of("moved", "cancelled")) {
            List<Number> ids = JsonPath.read(publication, "$.teams[?(@.teamId == " + teamId + ")]." + kind
                    + "[?(@.before.date == '2026-12-10' || @.before.date == '2026-12-11')].visitId");
            changedFromSickDays.addAll(ids);
        }
        assertThat(changedFromSickDays).as("each visit of the sick days is told as moved or cancelled")
                .containsExactlyInAnyOrderElementsOf(onSickDays);
        List<Object> afterPublishing = JsonPath.read(week(http, teamId),
                "$[?(@.date == '2026-12-10' || @.date == '2026-12-11')]");
        assertThat(afterPublishing).as("the new revision reaches the doctors").isEmpty();

        String stored = http.perform(get("/api/rosters/{id}/revisions/{n}", rosterId, 2).with(DISPATCHER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((Object) JsonPath.read(stored, "$.teams")).isEqualTo(JsonPath.read(publication, "$.teams"));
        http.perform(get("/api/rosters/{id}/revisions/{n}", rosterId, 3).with(DISPATCHER)).andExpect(status().isNotFound());
    }

    @Test
    void aCapacityOrLeaveChangeOnAPublishedMonthAsksForARePlanAndSaysWhatNoLongerFits() throws Exception {
        MockMvc http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        setClock(LocalDate.of(2027, 2, 26).atTime(9, 0));
        String created = http.perform(post("/api/rosters").with(DISPATCHER).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"centerId\": " + centers.findAll().get(0).getId() + ", \"month\": \"2027-03\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        Number rosterId = JsonPath.read(created, "$.id");
        solve(http, rosterId);
        http.perform(post("/api/rosters/{id}/publish", rosterId).with(DISPATCHER)).andExpect(status().isOk());
        setClock(LocalDate.of(2027, 3, 8).atTime(8, 0));
        Number teamId = JsonPath.read(http.perform(get("/api/me").with(DOCTOR1)).andReturn().getResponse()
                .getContentAsString(), "$.teamId");

        String impact = http.perform(patch("/api/teams/{id}/capacity", teamId).with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\": " + teamVersion(http, teamId)
                                + ", \"maxVisitMinutes\": 40, \"maxVisits\": 1, \"from\": \"2027-03-15\", \"to\": \"2027-03-16\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Number> displaced = JsonPath.read(impact, "$.noLongerFit[*].visitId");
        assertThat(displaced).isNotEmpty();
        String roster = http.perform(get("/api/rosters/{id}", rosterId).with(DISPATCHER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("NEEDS_REPLAN"))
                .andExpect(jsonPath("$.publishedRevision").value(1))
                .andReturn().getResponse().getContentAsString();
        List<Number> noLongerFit = JsonPath.read(roster, "$.noLongerFit");
        assertThat(noLongerFit).containsExactlyInAnyOrderElementsOf(displaced);
        http.perform(post("/api/rosters/{id}/publish", rosterId).with(DISPATCHER))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("NEEDS_REPLAN")));

        solve(http, rosterId);
        String replanned = http.perform(get("/api/rosters/{id}", rosterId).with(DISPATCHER))
                .andExpect(jsonPath("$.status").value("SOLVED"))
                .andReturn().getResponse().getContentAsString();
        List<Number> stillOut = JsonPath.read(replanned, "$.noLongerFit");
        assertThat(stillOut).as("the re-plan found the pushed-out visits a place").doesNotContainAnyElementsOf(displaced);
        http.perform(post("/api/rosters/{id}/publish", rosterId).with(DISPATCHER)).andExpect(status().isOk());

        // A cut smaller than the overtime a re-plan may use is still told: the capacity as set is what counts.
        List<Map<String, Object>> later = JsonPath.read(replanned, "$.teamDays[?(@.teamId == " + teamId
                + " && @.date >= '2027-03-25' && @.routeMinutes >= 60)]");
        Map<String, Object> cutDay = later.get(0);
        int cutTo = ((Number) cutDay.get("routeMinutes")).intValue() - 10;
        String smallCut = http.perform(patch("/api/teams/{id}/capacity", teamId).with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\": " + teamVersion(http, teamId)
                                + ", \"maxVisitMinutes\": " + cutTo + ", \"maxVisits\": 20, \"from\": \"" + cutDay.get("date")
                                + "\", \"to\": \"" + cutDay.get("date") + "\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Number> pushedOut = JsonPath.read(smallCut, "$.noLongerFit[*].visitId");
        assertThat(pushedOut).as("10 min over the capacity on %s", cutDay.get("date")).isNotEmpty();
        String afterCut = http.perform(get("/api/rosters/{id}", rosterId).with(DISPATCHER))
                .andExpect(jsonPath("$.status").value("NEEDS_REPLAN"))
                .andReturn().getResponse().getContentAsString();
        assertThat((List<Number>) JsonPath.read(afterCut, "$.noLongerFit")).containsAll(pushedOut);
        solve(http, rosterId);
        http.perform(post("/api/rosters/{id}/publish", rosterId).with(DISPATCHER)).andExpect(status().isOk());

        // Leave through the team's record: the same, at once.
        Map<String, Object> team = new ObjectMapper().readValue(http.perform(get("/api/teams/{id}", teamId).with(ADMIN))
                .andReturn().getResponse().getContentAsString(), new TypeReference<>() { });
        Map<String, Object> capacity = (Map<String, Object>) team.get("capacity");
        List<Object> leave = new java.util.ArrayList<>((List<Object>) team.get("leave"));
        leave.add(Map.of("startDate", "2027-03-22", "endDate", "2027-03-23", "reason", "sick"));
        Map<String, Object> body = Map.of("version", team.get("version"), "code", team.get("code"), "name", team.get("name"),
                "travelMode", team.get("travelMode"), "maxVisitMinutes", capacity.get("maxVisitMinutes"),
                "maxVisits", capacity.get("maxVisits"), "members", team.get("members"),
                "workingDays", team.get("workingDays"), "leave", leave);
        http.perform(put("/api/teams/{id}", teamId).with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content(new ObjectMapper().writeValueAsString(body)))
                .andExpect(status().isOk());
        String afterLeave = http.perform(get("/api/rosters/{id}", rosterId).with(DISPATCHER))
                .andExpect(jsonPath("$.status").value("NEEDS_REPLAN"))
                .andReturn().getResponse().getContentAsString();
        List<Number> onLeaveDays = JsonPath.read(afterLeave, "$.routes[?(@.teamId == " + teamId
                + " && (@.date == '2027-03-22' || @.date == '2027-03-23'))].visits[*].visitId");
        assertThat(onLeaveDays).isNotEmpty();
        List<Number> leaveNoLongerFit = JsonPath.read(afterLeave, "$.noLongerFit");
        assertThat(leaveNoLongerFit).containsAll(onLeaveDays);
    }

    /** Publishing never makes a plan that breaks a hard rule the one the doctors see. */
    @Test
    void aPlanThatBreaksAHardRuleIsRefusedWithTheRulesAndNothingChanges() throws Exception {
        MockMvc http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        setClock(LocalDate.of(2027, 4, 29).atTime(9, 0));
        String created = http.perform(post("/api/rosters").with(DISPATCHER).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"centerId\": " + centers.findAll().get(0).getId() + ", \"month\": \"2027-05\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        Number rosterId = JsonPath.read(created, "$.id");
        solve(http, rosterId);
        http.perform(post("/api/rosters/{id}/publish", rosterId).with(DISPATCHER)).andExpect(status().isOk());

        // A draft edited by hand: one visit put on a Sunday, which its team does not work.
        LocalDate sunday = LocalDate.of(2027, 5, 9);
        Visit moved = visits.findByRosterId(rosterId.longValue()).stream()
                .filter(v -> v.isAssigned() && v.getVisitDate().isAfter(LocalDate.of(2027, 5, 10))).findFirst().orElseThrow();
        Long teamId = moved.getTeamId();
        moved.plan(teamId, sunday, LocalTime.of(9, 30), 0);
        visits.save(moved);
        Roster draft = rosters.findById(rosterId.longValue()).orElseThrow();
        draft.changeStatus(RosterStatus.SOLVED);
        rosters.save(draft);

        String refused = http.perform(post("/api/rosters/{id}/publish", rosterId).with(DISPATCHER))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("hard rule")))
                .andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> onSunday = JsonPath.read(refused, "$.violations[?(@.rule == 'team-day')]");
        assertThat(onSunday).singleElement().satisfies(violation -> {
            assertThat(violation.get("visitIds")).asList().containsExactly(moved.getId().intValue());
            assertThat(violation.get("teamId")).isEqualTo(teamId.intValue());
            assertThat(violation.get("date")).isEqualTo(sunday.toString());
        });
        http.perform(get("/api/rosters/{id}/revisions", rosterId).with(DISPATCHER))
                .andExpect(jsonPath("$.length()").value(1));
        http.perform(get("/api/rosters/{id}/status", rosterId).with(DISPATCHER))
                .andExpect(jsonPath("$.publishedRevision").value(1));
        String doctorsSunday = http.perform(get("/api/teams/{team}/visits", teamId).with(ADMIN)
                        .param("from", sunday.toString()).param("to", sunday.toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((List<Object>) JsonPath.read(doctorsSunday, "$")).as("the teams keep the published revision").isEmpty();
    }

    private static Object teamVersion(MockMvc http, Number teamId) throws Exception {
        return JsonPath.read(http.perform(get("/api/teams/{id}", teamId).with(ADMIN)).andReturn().getResponse()
                .getContentAsString(), "$.version");
    }

    private void setClock(java.time.LocalDateTime at) {
        ((MutableClock) clock).advance(Duration.between(clock.instant(), at.atZone(ZONE).toInstant()));
    }

    private static void solve(MockMvc http, Number rosterId) throws Exception {
        http.perform(post("/api/rosters/{id}/solve", rosterId).with(DISPATCHER)).andExpect(status().isAccepted());
        await().atMost(Duration.ofSeconds(60)).until(() -> JsonPath.read(http.perform(
                        get("/api/rosters/{id}/status", rosterId).with(DISPATCHER)).andReturn().getResponse()
                .getContentAsString(), "$.solverStatus").equals("NOT_SOLVING"));
    }

    private static String week(MockMvc http, Number teamId) throws Exception {
        return http.perform(get("/api/teams/{team}/visits", teamId).with(DOCTOR1)
                        .param("from", "2026-12-07").param("to", "2026-12-13"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** What the doctor's week says, without the versions a draft's saves change. */
    private static List<Object> doctorsWeek(MockMvc http, Number teamId) throws Exception {
        return JsonPath.read(week(http, teamId), "$[*]['visitId','date','position','plannedStart','status']");
    }
}
