package com.carerounds.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carerounds.account.MutableClock;
import com.carerounds.center.HealthCenterRepository;
import com.carerounds.elder.Elder;
import com.carerounds.elder.ElderRepository;
import com.carerounds.solver.RosterWeights;
import com.carerounds.testing.StepLimitedSolves;
import com.carerounds.visit.Visit;
import com.carerounds.visit.VisitRepository;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Point 8 of the lived month: a dispatcher is told an elder's time window and weekdays from a date on;
 * the published roster then says which of the elder's visits from that date no longer keep them, and
 * the re-plan keeps them; what is planned before the date is under the times before. Bad windows are
 * refused with the field and the reason.
 */
@SpringBootTest(properties = {"carerounds.demo.enabled=true", "optaplanner.solver.termination.spent-limit=120s",
        "optaplanner.solver.termination.unimproved-spent-limit=120s", "spring.application.name=visit-times"})
@Import(StepLimitedSolves.class)
@ActiveProfiles("test")
class StandingVisitTimesTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final YearMonth MONTH = YearMonth.of(2026, 12);
    private static final LocalDate FROM = LocalDate.of(2026, 12, 14);
    private static final RequestPostProcessor DISPATCHER = httpBasic("dispatcher", "demo-dispatcher");
    private static final RequestPostProcessor ADMIN = httpBasic("admin", "demo-admin");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestBean(methodName = "com.carerounds.TestToday#beforeTheMonth") Clock clock;

    @Autowired WebApplicationContext context;
    @Autowired HealthCenterRepository centers;
    @Autowired RosterService rosterService;
    @Autowired RosterSolvingService solving;
    @Autowired RosterInputsLoader loader;
    @Autowired RosterChecker checker;
    @Autowired VisitRepository visits;
    @Autowired ElderRepository elders;

    private void setClock(LocalDate date) {
        ((MutableClock) clock).advance(Duration.between(clock.instant(), date.atTime(8, 0).atZone(ZONE).toInstant()));
    }

    private void solve(Long rosterId) {
        solving.start(rosterId, new RosterWeights());
        await().atMost(Duration.ofMinutes(3)).until(() -> !solving.isSolving(rosterId));
    }

    private static String times(int version, String from, String window, String weekdays) {
        return "{\"version\": " + version + (from == null ? "" : ", \"from\": \"" + from + "\"")
                + (window == null ? "" : ", \"visitWindow\": " + window)
                + (weekdays == null ? "" : ", \"visitWeekdays\": " + weekdays) + "}";
    }

    @Test
    void aWindowAndWeekdaysFromADateAreKeptByTheRePlanFromThatDateOn() throws Exception {
        MockMvc http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        Long rosterId = rosterService.create(centers.findAll().get(0).getId(), MONTH).roster().getId();
        solve(rosterId);
        rosterService.publish(rosterId);
        setClock(LocalDate.of(2026, 12, 8));

        // An elder seen in the morning from the 14th on, and once before it after the frozen days.
        Map<Long, List<Visit>> byElder = visits.findByRosterId(rosterId).stream().filter(Visit::isAssigned)
                .collect(Collectors.groupingBy(Visit::getElderId));
        Long elderId = byElder.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(v -> !v.getVisitDate().isBefore(FROM)
                        && v.getPlannedStart().isBefore(LocalTime.of(12, 0))))
                .filter(e -> e.getValue().stream().anyMatch(v -> v.getVisitDate().isAfter(LocalDate.of(2026, 12, 9))
                        && v.getVisitDate().isBefore(FROM)))
                .map(Map.Entry::getKey).min(Comparator.naturalOrder()).orElseThrow();
        List<Long> before = byElder.get(elderId).stream().filter(v -> v.getVisitDate().isBefore(FROM))
                .map(Visit::getId).toList();
        Elder elder = elders.findById(elderId).orElseThrow();

        String window = "{\"start\": \"14:00\", \"end\": \"17:00\"}";
        http.perform(put("/api/elders/{id}/visit-times", elderId).with(DISPATCHER).contentType(MediaType.APPLICATION_JSON)
                        .content(times(elder.getVersion(), FROM.toString(), window, "[\"TUESDAY\", \"THURSDAY\"]")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.visitTimeChanges[0].from").value("2026-12-14"))
                .andExpect(jsonPath("$.visitTimeChanges[0].visitWindow.start").value("14:00:00"))
                .andExpect(jsonPath("$.visitTimeChanges[0].visitWeekdays[0]").value("TUESDAY"))
                .andExpect(jsonPath("$.visitWindow").isEmpty());

        JsonNode roster = JSON.readTree(http.perform(get("/api/rosters/{id}", rosterId).with(DISPATCHER))
                .andExpect(jsonPath("$.status").value("NEEDS_REPLAN"))
                .andReturn().getResponse().getContentAsString());
        Set<Long> noLongerFit = new java.util.HashSet<>();
        roster.get("noLongerFit").forEach(id -> noLongerFit.add(id.asLong()));
        List<Long> morningFromThen = byElder.get(elderId).stream().filter(v -> !v.getVisitDate().isBefore(FROM)
                && v.getPlannedStart().isBefore(LocalTime.of(12, 0))).map(Visit::getId).toList();
        assertThat(noLongerFit).as("the elder's morning visits from the 14th").containsAll(morningFromThen)
                .as("what is planned before the 14th stays under the times before").doesNotContainAnyElementsOf(before);

        solve(rosterId);
        RosterPlanMapper.Inputs in = loader.load(rosterId);
        List<Visit> elderVisits = in.visits().stream().filter(v -> v.getElderId().equals(elderId) && v.isAssigned()).toList();
        assertThat(elderVisits).filteredOn(v -> !v.getVisitDate().isBefore(FROM)).isNotEmpty().allSatisfy(v -> {
            assertThat(v.getVisitDate().getDayOfWeek()).isIn(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
            assertThat(v.getPlannedStart()).isAfterOrEqualTo(LocalTime.of(14, 0));
            assertThat(v.getPlannedStart().plusMinutes(v.getDurationMinutes())).isBeforeOrEqualTo(LocalTime.of(17, 0));
        });
        RosterChecker.Report report = checker.check(in, in.visits());
        assertThat(report.outsideVisitTimes()).isEmpty();
        assertThat(report.violations()).as("the re-plan keeps every hard rule").isEmpty();
        http.perform(get("/api/rosters/{id}/status", rosterId).with(DISPATCHER))
                .andExpect(jsonPath("$.rosterStatus").value("SOLVED"));

        // The change is in the elder's audit trail.
        http.perform(get("/api/audit").param("entity", "ELDER").param("id", elderId.toString()).with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].changes[?(@.field == 'visitTimeChanges')].to")
                        .value(org.hamcrest.Matchers.hasItem("[2026-12-14 14:00-17:00 TUESDAY,THURSDAY]")));
    }

    @Test
    void aWindowThatCannotHoldAVisitIsRefusedWithTheFieldAndTheReason() throws Exception {
        MockMvc http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        Elder elder = elders.findByCenterId(centers.findAll().get(0).getId()).stream()
                .min(Comparator.comparing(Elder::getCode)).orElseThrow();
        int version = elder.getVersion();
        Map<String, String> refused = Map.of(
                "{\"start\": \"17:00\", \"end\": \"14:00\"}", "must end after it starts",
                "{\"start\": \"07:00\", \"end\": \"09:00\"}", "must be inside the center's home-visit hours 08:30-17:00",
                "{\"start\": \"14:00\", \"end\": \"14:20\"}", "is 20 minutes, shorter than the elder's visit",
                "{\"start\": \"14:00:30\", \"end\": \"17:00\"}", "must be whole minutes, like 14:00-17:00");
        for (Map.Entry<String, String> bad : refused.entrySet()) {
            http.perform(put("/api/elders/{id}/visit-times", elder.getId()).with(DISPATCHER)
                            .contentType(MediaType.APPLICATION_JSON).content(times(version, "2026-12-14", bad.getKey(), null)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("visitWindow"))
                    .andExpect(jsonPath("$.errors[0].reason").value(org.hamcrest.Matchers.startsWith(bad.getValue())));
        }
        http.perform(put("/api/elders/{id}/visit-times", elder.getId()).with(DISPATCHER).contentType(MediaType.APPLICATION_JSON)
                        .content(times(version, null, null, "[\"MONDAY\"]")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
        http.perform(put("/api/elders/{id}/visit-times", elder.getId()).with(DISPATCHER).contentType(MediaType.APPLICATION_JSON)
                        .content(times(version, "2026-12-14", "{\"start\": \"14:00\"}", null)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("visitWindow.end"));
        http.perform(put("/api/elders/{id}/visit-times", elder.getId()).with(DISPATCHER).contentType(MediaType.APPLICATION_JSON)
                        .content(times(version + 7, "2026-12-14", null, "[\"MONDAY\"]")))
                .andExpect(status().isConflict());
        http.perform(put("/api/elders/{id}/visit-times", elder.getId()).with(httpBasic("doctor1", "demo-doctor"))
                        .contentType(MediaType.APPLICATION_JSON).content(times(version, "2026-12-14", null, "[\"MONDAY\"]")))
                .andExpect(status().isForbidden());
        assertThat(elders.findById(elder.getId()).orElseThrow().getVersion()).as("nothing written").isEqualTo(version);

        // The elder's own record takes a window too, checked the same way.
        ObjectNode record = (ObjectNode) JSON.readTree(http.perform(get("/api/elders/{id}", elder.getId()).with(ADMIN))
                .andReturn().getResponse().getContentAsString());
        for (String field : List.of("id", "assessments", "latestAdlScore", "visitTimeChanges")) {
            record.remove(field);
        }
        record.set("visitWindow", JSON.readTree("{\"start\": \"08:00\", \"end\": \"12:00\"}"));
        http.perform(put("/api/elders/{id}", elder.getId()).with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content(record.toString()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("visitWindow"));
        record.set("visitWindow", JSON.readTree("{\"start\": \"09:00\", \"end\": \"12:00\"}"));
        http.perform(put("/api/elders/{id}", elder.getId()).with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content(record.toString()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.visitWindow.end").value("12:00:00"));
    }
}
