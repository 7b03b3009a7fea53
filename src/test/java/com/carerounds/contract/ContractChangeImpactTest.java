package com.carerounds.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carerounds.account.MutableClock;
import com.carerounds.center.HealthCenterRepository;
import com.carerounds.roster.Roster;
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
import com.carerounds.visit.VisitStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * An administrator ends a contract or moves an elder to another team on a month whose roster is published:
 * the roster says at once that it needs a re-plan and which of the elder's visits from today on no longer
 * hold, the answer lists them as a capacity change's does, and the doctors keep the published revision
 * until a re-plan is published. What happened is never listed; a month without a planned roster is left alone.
 */
@SpringBootTest(properties = {"carerounds.demo.enabled=true", "optaplanner.solver.termination.spent-limit=120s",
        "optaplanner.solver.termination.unimproved-spent-limit=120s", "spring.application.name=contract-impact"})
@Import(StepLimitedSolves.class)
@ActiveProfiles("test")
class ContractChangeImpactTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final YearMonth MONTH = YearMonth.of(2026, 12);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 8);
    private static final RequestPostProcessor ADMIN = httpBasic("admin", "demo-admin");
    private static final RequestPostProcessor DISPATCHER = httpBasic("dispatcher", "demo-dispatcher");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestBean(methodName = "com.carerounds.TestToday#beforeTheMonth") Clock clock;

    @Autowired WebApplicationContext context;
    @Autowired HealthCenterRepository centers;
    @Autowired TeamRepository teams;
    @Autowired RosterService rosterService;
    @Autowired RosterSolvingService solving;
    @Autowired RosterRepository rosters;
    @Autowired VisitRepository visits;
    @Autowired ContractRepository contracts;

    MockMvc http;
    Long centerId;

    @BeforeEach
    void setUp() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        centerId = centers.findAll().get(0).getId();
    }

    private void setClock(LocalDate date) {
        ((MutableClock) clock).advance(Duration.between(clock.instant(), date.atTime(8, 0).atZone(ZONE).toInstant()));
    }

    private void solve(Long rosterId) {
        solving.start(rosterId, new RosterWeights());
        await().atMost(Duration.ofMinutes(3)).until(() -> !solving.isSolving(rosterId));
    }

    private static List<Long> ids(JsonNode array, String field) {
        List<Long> ids = new ArrayList<>();
        array.forEach(node -> ids.add((field == null ? node : node.get(field)).asLong()));
        return ids;
    }

    private JsonNode body(ResultActions result) throws Exception {
        return JSON.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private JsonNode roster(Long rosterId) throws Exception {
        return body(http.perform(get("/api/rosters/{id}", rosterId).with(DISPATCHER)).andExpect(status().isOk()));
    }

    /** The visits the team's doctors read from the first to the last day: the published revision. */
    private List<Long> doctorsSee(Long teamId, LocalDate from, LocalDate to) throws Exception {
        return ids(body(http.perform(get("/api/teams/{id}/visits", teamId).with(DISPATCHER)
                .param("from", from.toString()).param("to", to.toString())).andExpect(status().isOk())), "visitId");
    }

    /** The elder's contract in force on the date, if any. */
    private Optional<Contract> contractOn(Long elderId, LocalDate date) {
        return contracts.findByElderId(elderId).stream().filter(c -> c.activeOn(date)).findFirst();
    }

    /** The first elder, by id, whose assigned visits match each of the conditions. */
    private Long elderWith(Long rosterId, List<Predicate<List<Visit>>> conditions) {
        Map<Long, List<Visit>> byElder = visits.findByRosterId(rosterId).stream().filter(Visit::isAssigned)
                .collect(Collectors.groupingBy(Visit::getElderId));
        return byElder.entrySet().stream().filter(e -> conditions.stream().allMatch(c -> c.test(e.getValue())))
                .map(Map.Entry::getKey).min(Comparator.naturalOrder()).orElseThrow();
    }

    @Test
    void endingAContractOrChangingTeamFlagsThePublishedRosterAndListsTheVisitsThatNoLongerHold() throws Exception {
        Long rosterId = rosterService.create(centerId, MONTH).roster().getId();
        solve(rosterId);
        rosterService.publish(rosterId);
        int published = rosters.findById(rosterId).orElseThrow().getPublishedRevision();
        setClock(TODAY);

        // An elder seen between the 2nd and the 7th (gone by) and twice from today on; one of those is done.
        LocalDate lastDay = LocalDate.of(2026, 12, 1);
        Long elderId = elderWith(rosterId, List.of(
                v -> v.stream().anyMatch(x -> x.getVisitDate().isAfter(lastDay) && x.getVisitDate().isBefore(TODAY)),
                v -> v.stream().filter(x -> !x.getVisitDate().isBefore(TODAY)).count() >= 2));
        List<Visit> ofElder = visits.findByRosterId(rosterId).stream()
                .filter(v -> v.getElderId().equals(elderId) && v.isAssigned())
                .sorted(Comparator.comparing(Visit::getVisitDate)).toList();
        Visit done = ofElder.stream().filter(v -> !v.getVisitDate().isBefore(TODAY)).findFirst().orElseThrow();
        done.recordOutcome(VisitStatus.DONE, null, null, clock.instant());
        visits.save(done);
        List<Long> gone = ofElder.stream().filter(v -> v.getVisitDate().isAfter(lastDay) && v.getVisitDate().isBefore(TODAY))
                .map(Visit::getId).toList();
        List<Long> later = ofElder.stream().filter(v -> !v.getVisitDate().isBefore(TODAY) && !v.getId().equals(done.getId()))
                .map(Visit::getId).toList();
        Long teamOfLater = ofElder.get(ofElder.size() - 1).getTeamId();

        // The administrator records that the contract ended on the 1st.
        Contract contract = contractOn(elderId, lastDay).orElseThrow();
        String ended = "{\"version\": %d, \"elderId\": %d, \"teamId\": %d, \"servicePackage\": \"%s\", \"startDate\": \"%s\", \"endDate\": \"%s\"}"
                .formatted(contract.getVersion(), elderId, contract.getTeamId(), contract.getServicePackage(),
                        contract.getStartDate(), lastDay);
        JsonNode answer = body(http.perform(put("/api/contracts/{id}", contract.getId()).with(ADMIN)
                .contentType(MediaType.APPLICATION_JSON).content(ended)).andExpect(status().isOk()));
        assertThat(answer.get("endDate").asText()).isEqualTo("2026-12-01");
        assertThat(ids(answer.get("noLongerFit"), "visitId")).as("the elder's visits from today on, not the one done")
                .containsExactlyInAnyOrderElementsOf(later).doesNotContain(done.getId())
                .as("what happened stays").doesNotContainAnyElementsOf(gone);
        assertThat(ids(answer.get("noLongerFit"), "rosterId")).containsOnly(rosterId);
        assertThat(answer.get("noLongerFit").get(0).get("elderName").asText()).isNotBlank();

        JsonNode view = roster(rosterId);
        assertThat(view.get("status").asText()).isEqualTo("NEEDS_REPLAN");
        assertThat(view.get("publishedRevision").asInt()).isEqualTo(published);
        assertThat(ids(view.get("noLongerFit"), null)).containsAll(later).doesNotContainAnyElementsOf(gone);
        assertThat(doctorsSee(teamOfLater, TODAY, MONTH.atEndOfMonth()))
                .as("the doctors keep the published revision until a re-plan is published").containsAll(
                        later.stream().filter(id -> visits.findById(id).orElseThrow().getTeamId().equals(teamOfLater)).toList());
        http.perform(post("/api/rosters/{id}/publish", rosterId).with(DISPATCHER)).andExpect(status().isConflict());

        // The re-plan places none of them, and can be published.
        solve(rosterId);
        assertThat(visits.findAllById(later)).allSatisfy(v -> assertThat(v.isAssigned()).isFalse());
        rosterService.publish(rosterId);
        assertThat(rosters.findById(rosterId).orElseThrow().getStatus()).isEqualTo(RosterStatus.PUBLISHED);

        // The dispatcher then records the contract's end as the roster's event: not refused for the
        // contract having ended already; the visits are cancelled.
        JsonNode event = body(http.perform(post("/api/rosters/{id}/events/contract-ended", rosterId).with(DISPATCHER)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"elderId\": " + elderId + ", \"from\": \"2026-12-02\", \"reason\": \"CONTRACT_ENDED\"}"))
                .andExpect(status().is2xxSuccessful()));
        assertThat(ids(event.get("affected"), "visitId")).containsAll(later);
        assertThat(visits.findAllById(later)).allSatisfy(v -> assertThat(v.getStatus()).isEqualTo(VisitStatus.CANCELLED));
        assertThat(contracts.findById(contract.getId()).orElseThrow().getEndDate()).isEqualTo(lastDay);
        await().atMost(Duration.ofMinutes(3)).until(() -> !solving.isSolving(rosterId));
        rosterService.publish(rosterId);
        assertThat(rosters.findById(rosterId).orElseThrow().getStatus()).isEqualTo(RosterStatus.PUBLISHED);

        // Another elder moves to another team from the 21st: their visits with the old team from then on.
        LocalDate from = LocalDate.of(2026, 12, 21);
        Long movingId = elderWith(rosterId, List.of(
                v -> v.stream().anyMatch(x -> !x.getVisitDate().isBefore(TODAY) && x.getVisitDate().isBefore(from)),
                v -> v.stream().anyMatch(x -> !x.getVisitDate().isBefore(from)),
                v -> v.stream().filter(x -> !x.getVisitDate().isBefore(from)).allMatch(x -> contractOn(x.getElderId(), TODAY)
                        .filter(c -> c.activeOn(MONTH.atEndOfMonth()) && c.getTeamId().equals(x.getTeamId())).isPresent())));
        Contract moving = contractOn(movingId, TODAY).orElseThrow();
        List<Visit> ofMoving = visits.findByRosterId(rosterId).stream()
                .filter(v -> v.getElderId().equals(movingId) && v.isAssigned() && v.getStatus() == VisitStatus.PLANNED).toList();
        List<Long> withOldTeam = ofMoving.stream().filter(v -> !v.getVisitDate().isBefore(from)).map(Visit::getId).toList();
        List<Long> beforeTheChange = ofMoving.stream().filter(v -> v.getVisitDate().isBefore(from)).map(Visit::getId).toList();
        Team newTeam = teams.findByCenterIdOrderByCode(centerId).stream()
                .filter(t -> !t.getId().equals(moving.getTeamId())).findFirst().orElseThrow();
        answer = body(http.perform(post("/api/contracts/{id}/team-change", moving.getId()).with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": %d, \"teamId\": %d, \"from\": \"%s\"}".formatted(moving.getVersion(), newTeam.getId(), from)))
                .andExpect(status().isCreated()));
        assertThat(answer.get("teamId").asLong()).isEqualTo(newTeam.getId());
        assertThat(ids(answer.get("noLongerFit"), "visitId")).containsExactlyInAnyOrderElementsOf(withOldTeam)
                .doesNotContainAnyElementsOf(beforeTheChange);
        view = roster(rosterId);
        assertThat(view.get("status").asText()).isEqualTo("NEEDS_REPLAN");
        assertThat(ids(view.get("noLongerFit"), null)).containsAll(withOldTeam).doesNotContainAnyElementsOf(beforeTheChange);
    }

    @Test
    void aChangeInAMonthWithoutAPlannedRosterChangesNoRoster() throws Exception {
        YearMonth march = YearMonth.of(2027, 3);
        Roster draft = rosterService.create(centerId, march).roster();
        List<Roster> before = rosters.findByCenterIdOrderByMonthStartDesc(centerId);
        Long elderId = visits.findByRosterId(draft.getId()).get(0).getElderId();
        Contract contract = contracts.findByElderId(elderId).stream().filter(c -> c.activeOn(march.atDay(10)))
                .findFirst().orElseThrow();
        Team newTeam = teams.findByCenterIdOrderByCode(centerId).stream()
                .filter(t -> !t.getId().equals(contract.getTeamId())).findFirst().orElseThrow();

        JsonNode answer = body(http.perform(post("/api/contracts/{id}/team-change", contract.getId()).with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": %d, \"teamId\": %d, \"from\": \"2027-03-10\"}".formatted(contract.getVersion(), newTeam.getId())))
                .andExpect(status().isCreated()));
        assertThat(answer.get("noLongerFit")).isEmpty();
        assertThat(rosters.findByCenterIdOrderByMonthStartDesc(centerId)).extracting(Roster::getId, Roster::getStatus)
                .containsExactlyElementsOf(before.stream().map(r -> tuple(r.getId(), r.getStatus())).toList());
        assertThat(rosters.findById(draft.getId()).orElseThrow().getStatus()).isEqualTo(RosterStatus.DRAFT);
    }

    @Test
    void aContractSignedForAnElderThePlannedMonthHasNoVisitsForMarksItForARePlan() throws Exception {
        YearMonth april = YearMonth.of(2027, 4);
        LocalDate lastOfMarch = april.atDay(1).minusDays(1);
        Contract contract = contracts.findByCenterId(centerId).stream()
                .filter(c -> c.activeOn(lastOfMarch) && c.getStartDate().isBefore(lastOfMarch) && c.activeOn(april.atEndOfMonth()))
                .max(Comparator.comparing(Contract::getElderId)).orElseThrow();
        Long elderId = contract.getElderId();
        String ended = "{\"version\": %d, \"elderId\": %d, \"teamId\": %d, \"servicePackage\": \"%s\", \"startDate\": \"%s\", \"endDate\": \"%s\"}"
                .formatted(contract.getVersion(), elderId, contract.getTeamId(), contract.getServicePackage(),
                        contract.getStartDate(), lastOfMarch);
        http.perform(put("/api/contracts/{id}", contract.getId()).with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                .content(ended)).andExpect(status().isOk());
        Roster roster = rosterService.create(centerId, april).roster();
        assertThat(visits.findByRosterId(roster.getId())).noneMatch(v -> v.getElderId().equals(elderId));
        roster.changeStatus(RosterStatus.SOLVED);
        rosters.save(roster);

        String signed = "{\"elderId\": %d, \"teamId\": %d, \"servicePackage\": \"%s\", \"startDate\": \"2027-04-12\"}"
                .formatted(elderId, contract.getTeamId(), contract.getServicePackage());
        JsonNode answer = body(http.perform(post("/api/contracts").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                .content(signed)).andExpect(status().isCreated()));
        assertThat(answer.get("noLongerFit")).as("no planned visit breaks").isEmpty();
        assertThat(rosters.findById(roster.getId()).orElseThrow().getStatus())
                .as("the re-plan adds the elder's visits").isEqualTo(RosterStatus.NEEDS_REPLAN);
    }
}
