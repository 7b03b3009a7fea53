package com.carerounds.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carerounds.center.HealthCenter;
import com.carerounds.center.HealthCenterRepository;
import com.carerounds.elder.CareNeed;
import com.carerounds.elder.Elder;
import com.carerounds.elder.ElderRepository;
import com.carerounds.solver.RosterWeights;
import com.carerounds.solver.UnassignedReason;
import com.carerounds.team.Capacity;
import com.carerounds.team.Leave;
import com.carerounds.team.Skill;
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
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Points 7 and 9 of the lived month: the best places for one new or urgent visit, each keeping every
 * hard rule (checked here from the records, not by the solver's model), why the contracted team is or
 * is not among them, and applying one in a single call; and every visit made by another team than the
 * contracted one saying why, in the roster, its KPIs and the published difference.
 */
@SpringBootTest(properties = {"carerounds.demo.enabled=true", "optaplanner.solver.termination.spent-limit=120s",
        "optaplanner.solver.termination.unimproved-spent-limit=120s", "spring.application.name=recommendations-cross-cover"})
@Import(StepLimitedSolves.class)
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RecommendationsAndCrossCoverTest {

    private static final YearMonth MONTH = YearMonth.of(2026, 12);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The month is planned the day before it starts. */
    @TestBean(methodName = "com.carerounds.TestToday#beforeTheMonth") Clock clock;

    @Autowired WebApplicationContext context;
    @Autowired RosterService rosterService;
    @Autowired RosterSolvingService solving;
    @Autowired RosterInputsLoader loader;
    @Autowired RosterChecker checker;
    @Autowired VisitRepository visits;
    @Autowired TeamRepository teams;
    @Autowired ElderRepository elders;
    @Autowired HealthCenterRepository centers;
    @Autowired RosterRepository rosterRepository;

    private MockMvc http;
    /** Solved once for the class: the tests ask on the same plan. */
    private static Long rosterId;

    @BeforeEach
    void plannedMonth() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity())
                .defaultRequest(get("/").with(httpBasic("dispatcher", "demo-dispatcher"))).build();
        if (rosterId == null) {
            rosterId = rosterService.create(centers.findAll().get(0).getId(), MONTH).roster().getId();
            solving.start(rosterId, new RosterWeights());
            await().atMost(Duration.ofMinutes(3)).until(() -> !solving.isSolving(rosterId));
        }
    }


    private JsonNode recommend(Long elderId, String from, String to) throws Exception {
        String body = "{\"elderId\": " + elderId + (from == null ? "" : ", \"from\": \"" + from + "\"")
                + (to == null ? "" : ", \"to\": \"" + to + "\"") + "}";
        return JSON.readTree(http.perform(post("/api/rosters/{id}/recommendations", rosterId)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    /** An elder with a contract in force and an assessment, contracted to a team that may be chosen by a filter. */
    private Elder elderWhoseTeam(Predicate<Team> which) {
        return elderWhoseTeam(which, elder -> true);
    }

    private Elder elderWhoseTeam(Predicate<Team> which, Predicate<Elder> also) {
        RosterPlanMapper.Inputs in = loader.load(rosterId);
        return in.elders().values().stream()
                .filter(e -> in.contractByElder().containsKey(e.getId()))
                .filter(e -> in.contractByElder().get(e.getId()).getStartDate().isBefore(MONTH.atDay(1))
                        && in.contractByElder().get(e.getId()).getEndDate() == null)
                .filter(e -> e.getUnavailableDates().isEmpty() && e.getNeeds().isEmpty())
                .filter(e -> which.test(teams.findById(in.contractByElder().get(e.getId()).getTeamId()).orElseThrow()))
                .filter(also)
                .min(Comparator.comparing(Elder::getCode)).orElseThrow();
    }

    /**
     * As {@link #elderWhoseTeam}, with a weekday between the dates at least the minimum gap from each of
     * the elder's planned visits: where the solve put them decides whether one more fits in the dates.
     */
    private Elder elderWithADayBetween(String from, String to) {
        RosterPlanMapper.Inputs in = loader.load(rosterId);
        return elderWhoseTeam(team -> true, elder -> {
            int gap = in.policy().tierFor(elder.latestAssessmentOn(MONTH.atEndOfMonth()).orElseThrow().score()).minGapDays();
            List<LocalDate> planned = in.visits().stream()
                    .filter(v -> v.getElderId().equals(elder.getId()) && v.isAssigned()).map(Visit::getVisitDate).toList();
            return LocalDate.parse(from).datesUntil(LocalDate.parse(to).plusDays(1))
                    .filter(day -> day.getDayOfWeek().getValue() <= 5)
                    .anyMatch(day -> planned.stream().allMatch(p -> Math.abs(ChronoUnit.DAYS.between(p, day)) >= gap));
        });
    }

    @Test
    @Order(1)
    void theBestPlacesKeepEveryHardRuleAndStayInTheWindow() throws Exception {
        Elder elder = elderWithADayBetween("2026-12-07", "2026-12-18");
        JsonNode answer = recommend(elder.getId(), "2026-12-07", "2026-12-18");

        assertThat(answer.get("from").asText()).isEqualTo("2026-12-07");
        assertThat(answer.get("to").asText()).isEqualTo("2026-12-18");
        JsonNode places = answer.get("places");
        assertThat(places.size()).isBetween(1, 5);
        assertFeasible(elder, answer);
        List<String> changes = new ArrayList<>();
        places.forEach(p -> changes.add(p.get("scoreChange").asText()));
        assertThat(changes).as("best first").isSortedAccordingTo(Comparator.comparing(
                (String s) -> HardMediumSoftLongScore.parseScore(s))
                .reversed());
        // The contracted team has room somewhere in two weeks of an 80 % full month: it comes first.
        assertThat(places.get(0).get("contractedTeam").asBoolean()).isTrue();
        assertThat(answer.get("contractedTeam").get("amongPlaces").asBoolean()).isTrue();
        assertThat(answer.get("contractedTeam").get("reason").isNull()).isTrue();
    }

    @Test
    @Order(2)
    void aContractedTeamOnLeaveOrWithoutTheSkillIsNamedWithWhy() throws Exception {
        Elder away = elderWithADayBetween("2026-12-14", "2026-12-18");
        Team team = teams.findById(loader.load(rosterId).contractByElder().get(away.getId()).getTeamId()).orElseThrow();
        Set<Leave> leaveBefore = team.getLeave();
        team.addLeave(new Leave(LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 18), "training"));
        teams.save(team);
        try {
            JsonNode answer = recommend(away.getId(), "2026-12-14", "2026-12-18");
            assertThat(answer.get("places").size()).isPositive();
            answer.get("places").forEach(p -> assertThat(p.get("teamId").asLong()).isNotEqualTo(team.getId()));
            assertThat(answer.get("contractedTeam").get("amongPlaces").asBoolean()).isFalse();
            assertThat(answer.get("contractedTeam").get("reason").asText()).isEqualTo("ON_LEAVE");
            assertFeasible(away, answer);
        } finally {
            Team current = teams.findById(team.getId()).orElseThrow();
            current.replaceLeave(leaveBefore);
            teams.save(current);
        }

        // Rehabilitation guidance needs a rehab therapist, whom only one of the demo's teams has.
        Elder rehab = elderWhoseTeam(t -> !t.skills().contains(Skill.REHABILITATION));
        rehab.replaceNeeds(Set.of(CareNeed.REHABILITATION));
        elders.save(rehab);
        JsonNode answer = recommend(rehab.getId(), null, null);
        assertThat(answer.get("requiredSkills").toString()).contains("REHABILITATION");
        assertThat(answer.get("contractedTeam").get("reason").asText()).isEqualTo("LACKS_SKILL");
        assertThat(answer.get("contractedTeam").get("missingSkills").toString()).isEqualTo("[\"REHABILITATION\"]");
        answer.get("places").forEach(p -> assertThat(teams.findById(p.get("teamId").asLong()).orElseThrow().skills())
                .contains(Skill.REHABILITATION));
        assertFeasible(rehab, answer);
    }

    @Test
    @Order(4)
    void applyingAPlaceAddsTheVisitThereAsADraftBesideThePublishedRevision() throws Exception {
        if (rosterRepository.findById(rosterId).orElseThrow().getPublishedRevision() == null) {
            rosterService.publish(rosterId);
        }
        Elder elder = elderWithADayBetween("2026-12-21", "2026-12-31");
        RosterPlanMapper.Inputs before = loader.load(rosterId);
        Set<String> violationsBefore = Set.copyOf(checker.check(before, before.visits()).violations());
        JsonNode best = recommend(elder.getId(), "2026-12-21", "2026-12-31").get("places").get(0);
        String placement = "{\"elderId\": " + elder.getId() + ", \"teamId\": " + best.get("teamId") + ", \"date\": "
                + best.get("date") + ", \"position\": " + best.get("position") + "}";

        JsonNode applied = JSON.readTree(http.perform(post("/api/rosters/{id}/recommendations/apply", rosterId)
                        .contentType(MediaType.APPLICATION_JSON).content(placement))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rosterStatus").value("SOLVED"))
                .andReturn().getResponse().getContentAsString());

        Visit added = visits.findById(applied.get("visitId").asLong()).orElseThrow();
        assertThat(added.getElderId()).isEqualTo(elder.getId());
        assertThat(added.getTeamId()).isEqualTo(best.get("teamId").asLong());
        assertThat(added.getVisitDate()).isEqualTo(LocalDate.parse(best.get("date").asText()));
        assertThat(added.getRoutePosition()).isEqualTo(best.get("position").asInt());
        assertThat(added.getPlannedStart()).isEqualTo(LocalTime.parse(best.get("plannedStart").asText()));
        RosterPlanMapper.Inputs after = loader.load(rosterId);
        assertThat(checker.check(after, after.visits()).violations()).as("the roster keeps every hard rule")
                .isSubsetOf(violationsBefore);
        assertThat(after.visits()).hasSize(before.visits().size() + 1);
        http.perform(get("/api/rosters/{id}/status", rosterId))
                .andExpect(jsonPath("$.publishedRevision").value(1))
                .andExpect(jsonPath("$.rosterStatus").value("SOLVED"));

        // The same place again: the elder's new visit is now there, so a second one is too close.
        http.perform(post("/api/rosters/{id}/recommendations/apply", rosterId)
                        .contentType(MediaType.APPLICATION_JSON).content(placement))
                .andExpect(status().isConflict());
    }

    @Test
    @Order(3)
    void badRequestsAreProblems() throws Exception {
        Elder elder = elderWhoseTeam(team -> true);
        ResultActions missing = http.perform(post("/api/rosters/{id}/recommendations", rosterId)
                .contentType(MediaType.APPLICATION_JSON).content("{}"));
        missing.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("elderId"));
        http.perform(post("/api/rosters/{id}/recommendations", rosterId).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"elderId\": 999999}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("elderId"));
        http.perform(post("/api/rosters/{id}/recommendations", rosterId).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"elderId\": " + elder.getId() + ", \"from\": \"2026-12-20\", \"to\": \"2026-12-10\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"));
        http.perform(post("/api/rosters/{id}/recommendations", 999999).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"elderId\": " + elder.getId() + "}"))
                .andExpect(status().isNotFound());
        http.perform(post("/api/rosters/{id}/recommendations/apply", rosterId).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"elderId\": " + elder.getId() + ", \"teamId\": 999999, \"date\": \"2026-12-22\", "
                                + "\"position\": 0}"))
                .andExpect(status().isConflict());
        Long unplanned = rosterService.create(centers.findAll().get(0).getId(), YearMonth.of(2027, 1)).roster().getId();
        http.perform(post("/api/rosters/{id}/recommendations", unplanned).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"elderId\": " + elder.getId() + "}"))
                .andExpect(status().isConflict());
    }

    @Test
    @Order(5)
    void everyVisitOfAnotherTeamSaysWhyInTheRosterItsKpisAndThePublishedDifference() throws Exception {
        RosterPlanMapper.Inputs in = loader.load(rosterId);
        Map<Long, Long> contractedOf = in.contractByElder().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getTeamId()));
        // Three routine visits, each with its elder's contracted team and of three different teams; each is
        // moved to another team working that day: one whose contracted team then goes on leave that day,
        // one whose team is made full on every day, one whose team keeps its room.
        List<Visit> chosen = new ArrayList<>();
        Set<Long> teamsUsed = new HashSet<>();
        for (Visit v : in.visits().stream().filter(v -> v.isAssigned() && v.getRequiredSkills().skills().isEmpty()
                && v.getTeamId().equals(contractedOf.get(v.getElderId()))).sorted(Comparator.comparing(Visit::getId)).toList()) {
            // The team going on leave makes only its own elders' visits that day: a cross-cover on a day of
            // leave no longer fits and has no reason to give.
            boolean onlyOwnThatDay = in.visits().stream().filter(o -> o.isAssigned() && o.getTeamId().equals(v.getTeamId())
                    && o.getVisitDate().equals(v.getVisitDate())).allMatch(o -> o.getTeamId().equals(contractedOf.get(o.getElderId())));
            if (chosen.isEmpty() && !onlyOwnThatDay) {
                continue;
            }
            if (chosen.size() < 3 && teamsUsed.add(v.getTeamId())) {
                chosen.add(v);
            }
        }
        Visit toLeave = chosen.get(0);
        Visit toFull = chosen.get(1);
        Visit withRoom = chosen.get(2);
        Team onLeave = teams.findById(toLeave.getTeamId()).orElseThrow();
        Team full = teams.findById(toFull.getTeamId()).orElseThrow();
        Map<Long, RosterRevisions.Place> placedBefore = chosen.stream().collect(Collectors.toMap(Visit::getId,
                v -> new RosterRevisions.Place(v.getTeamId(), v.getVisitDate(), v.getPlannedStart())));
        Map<Long, Integer> positionBefore = chosen.stream().collect(Collectors.toMap(Visit::getId, Visit::getRoutePosition));
        for (Visit v : chosen) {
            Long other = in.visits().stream().filter(o -> o.isAssigned() && o.getVisitDate().equals(v.getVisitDate())
                    && !o.getTeamId().equals(v.getTeamId())).map(Visit::getTeamId).findFirst().orElseThrow();
            v.plan(other, v.getVisitDate(), LocalTime.of(16, 30), 40);
        }
        visits.saveAll(chosen);
        Set<Leave> leaveBefore = onLeave.getLeave();
        onLeave.addLeave(new Leave(toLeave.getVisitDate(), toLeave.getVisitDate(), "sick"));
        teams.save(onLeave);
        Map<LocalDate, Long> fullDays = loader.load(rosterId).visits().stream()
                .filter(v -> full.getId().equals(v.getTeamId()))
                .collect(Collectors.groupingBy(Visit::getVisitDate, Collectors.counting()));
        List<TeamAvailability.AvailableDay> fullTeamDays = new TeamAvailability(in.calendar()).days(full, MONTH);
        fullTeamDays.forEach(day -> full.overrideCapacity(day.date(),
                new Capacity(day.capacity().maxVisitMinutes(), fullDays.getOrDefault(day.date(), 0L).intValue())));
        teams.save(full);
        try {
            JsonNode roster = JSON.readTree(http.perform(get("/api/rosters/{id}", rosterId))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            Map<Long, JsonNode> crossCovered = new java.util.HashMap<>();
            for (JsonNode route : roster.get("routes")) {
                for (JsonNode stop : route.get("visits")) {
                    assertThat(stop.get("crossCover").isNull()).as("visit %s", stop.get("visitId"))
                            .isEqualTo(stop.get("contractedTeam").asBoolean());
                    if (!stop.get("contractedTeam").asBoolean()) {
                        crossCovered.put(stop.get("visitId").asLong(), stop.get("crossCover"));
                    }
                }
            }
            assertThat(crossCovered.get(toLeave.getId()).get("reason").asText()).isEqualTo("ON_LEAVE");
            assertThat(crossCovered.get(toFull.getId()).get("reason").asText()).isEqualTo("FULL");
            assertThat(crossCovered.get(withRoom.getId()).get("reason").asText()).isEqualTo("HAD_ROOM");
            assertThat(crossCovered.get(withRoom.getId()).get("contractedTeamId").asLong())
                    .isEqualTo(contractedOf.get(withRoom.getElderId()));
            // A skill the contracted team lacks is named, and it is one the visit needs and the team has not.
            Map<Long, Visit> byId = in.visits().stream().collect(Collectors.toMap(Visit::getId, v -> v));
            crossCovered.forEach((visitId, crossCover) -> {
                if (crossCover.get("reason").asText().equals("LACKS_SKILL")) {
                    Team contracted = teams.findById(crossCover.get("contractedTeamId").asLong()).orElseThrow();
                    assertThat(crossCover.get("missingSkills")).isNotEmpty();
                    crossCover.get("missingSkills").forEach(skill -> {
                        assertThat(contracted.skills()).doesNotContain(Skill.valueOf(skill.asText()));
                        assertThat(byId.get(visitId).getRequiredSkills().skills()).contains(Skill.valueOf(skill.asText()));
                    });
                }
            });
            Map<String, Integer> counted = new java.util.HashMap<>();
            crossCovered.values().forEach(c -> counted.merge(c.get("reason").asText(), 1, Integer::sum));
            JsonNode kpis = roster.get("kpis").get("crossCovers");
            for (ContractedTeamReason reason : ContractedTeamReason.values()) {
                assertThat(kpis.get(reason.name()).asInt()).as(reason.name()).isEqualTo(counted.getOrDefault(reason.name(), 0));
            }

            // Put at the end of the other teams' days past their hours, the hand-made moves are no plan to
            // publish: the draft's changes say why each is with another team, as its publication would.
            JsonNode refused = JSON.readTree(http.perform(post("/api/rosters/{id}/publish", rosterId))
                    .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString());
            Set<Long> named = new HashSet<>();
            refused.get("violations").forEach(v -> v.get("visitIds").forEach(id -> named.add(id.asLong())));
            assertThat(named).as("the refusal names the moved visits").containsAll(chosen.stream().map(Visit::getId).toList());
            JsonNode draft = JSON.readTree(http.perform(get("/api/rosters/{id}/draft/changes", rosterId))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            Map<Long, String> movedWhy = new java.util.HashMap<>();
            for (JsonNode team : draft.get("teams")) {
                for (JsonNode change : team.get("moved")) {
                    movedWhy.put(change.get("visitId").asLong(), change.get("crossCover").isNull() ? null
                            : change.get("crossCover").get("reason").asText());
                }
            }
            assertThat(movedWhy).containsEntry(toLeave.getId(), "ON_LEAVE").containsEntry(toFull.getId(), "FULL")
                    .containsEntry(withRoom.getId(), "HAD_ROOM");
        } finally {
            List<Visit> back = visits.findAllById(placedBefore.keySet());
            back.forEach(v -> {
                RosterRevisions.Place place = placedBefore.get(v.getId());
                v.plan(place.teamId(), place.date(), place.start(), positionBefore.get(v.getId()));
            });
            visits.saveAll(back);
            Team leaveTeam = teams.findById(onLeave.getId()).orElseThrow();
            leaveTeam.replaceLeave(leaveBefore);
            teams.save(leaveTeam);
            Team fullTeam = teams.findById(full.getId()).orElseThrow();
            fullTeamDays.forEach(day -> fullTeam.clearCapacityOverride(day.date()));
            teams.save(fullTeam);
        }
    }

    @Test
    @Order(6)
    void aWaitingVisitIsPlacedItselfAndNoVisitIsAdded() throws Exception {
        RosterPlanMapper.Inputs before = loader.load(rosterId);
        Visit waiting = before.visits().stream().filter(v -> v.isAssigned() && v.getStatus() == VisitStatus.PLANNED
                        && !v.isPinned() && !v.getVisitDate().isBefore(LocalDate.of(2026, 12, 14)))
                .min(Comparator.comparing(Visit::getId)).orElseThrow();
        waiting.unassign(UnassignedReason.CAPACITY_EXHAUSTED.name());
        visits.save(waiting);
        int unassignedBefore = unassignedIds().size();

        String body = "{\"elderId\": " + waiting.getElderId() + ", \"visitId\": " + waiting.getId() + "}";
        JsonNode recommendation = JSON.readTree(http.perform(post("/api/rosters/{id}/recommendations", rosterId)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andExpect(jsonPath("$.visitId").value(waiting.getId()))
                .andExpect(jsonPath("$.durationMinutes").value(waiting.getDurationMinutes()))
                .andReturn().getResponse().getContentAsString());
        JsonNode best = recommendation.get("places").get(0);
        JsonNode applied = JSON.readTree(http.perform(post("/api/rosters/{id}/recommendations/apply", rosterId)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"elderId\": " + waiting.getElderId()
                                + ", \"visitId\": " + waiting.getId() + ", \"teamId\": " + best.get("teamId")
                                + ", \"date\": " + best.get("date") + ", \"position\": " + best.get("position") + "}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString());

        assertThat(applied.get("visitId").asLong()).isEqualTo(waiting.getId());
        Visit placed = visits.findById(waiting.getId()).orElseThrow();
        assertThat(placed.getTeamId()).isEqualTo(best.get("teamId").asLong());
        assertThat(placed.getVisitDate()).isEqualTo(LocalDate.parse(best.get("date").asText()));
        assertThat(placed.getPlannedStart()).isEqualTo(LocalTime.parse(best.get("plannedStart").asText()));
        assertThat(loader.load(rosterId).visits()).as("no visit added").hasSameSizeAs(before.visits());
        assertThat(unassignedIds()).hasSize(unassignedBefore - 1).doesNotContain(waiting.getId());

        // A visit that is placed, or another elder's, is no waiting visit of the elder's.
        http.perform(post("/api/rosters/{id}/recommendations", rosterId).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("visitId"));
    }

    private List<Long> unassignedIds() throws Exception {
        JsonNode roster = JSON.readTree(http.perform(get("/api/rosters/{id}", rosterId))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        List<Long> ids = new ArrayList<>();
        roster.get("unassigned").forEach(u -> ids.add(u.get("visitId").asLong()));
        return ids;
    }

    @Test
    @Order(7)
    void theDraftsChangesAreReadBeforePublishingAndArePublishedAsShown() throws Exception {
        // A clean start: the roster published as it stands, so its draft changes nothing.
        if (rosterRepository.findById(rosterId).orElseThrow().getStatus() != RosterStatus.PUBLISHED) {
            rosterService.publish(rosterId);
        }
        http.perform(get("/api/rosters/{id}/draft/changes", rosterId)).andExpect(status().isOk())
                .andExpect(jsonPath("$.rosterStatus").value("PUBLISHED")).andExpect(jsonPath("$.teams.length()").value(0));
        Elder elder = elderWithADayBetween("2026-12-21", "2026-12-31");
        JsonNode best = recommend(elder.getId(), "2026-12-21", "2026-12-31").get("places").get(0);
        JsonNode applied = JSON.readTree(http.perform(post("/api/rosters/{id}/recommendations/apply", rosterId)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"elderId\": " + elder.getId() + ", \"teamId\": "
                                + best.get("teamId") + ", \"date\": " + best.get("date") + ", \"position\": "
                                + best.get("position") + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());

        JsonNode draft = JSON.readTree(http.perform(get("/api/rosters/{id}/draft/changes", rosterId))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rosterStatus").value("SOLVED"))
                .andExpect(jsonPath("$.publishedRevision").isNumber())
                .andReturn().getResponse().getContentAsString());
        JsonNode team = draft.get("teams").get(0);
        assertThat(draft.get("teams").size()).as("one team's news").isEqualTo(1);
        assertThat(team.get("teamId").asLong()).isEqualTo(best.get("teamId").asLong());
        assertThat(team.get("added").get(0).get("visitId").asLong()).isEqualTo(applied.get("visitId").asLong());
        assertThat(team.get("added").get(0).get("after").get("date").asText()).isEqualTo(best.get("date").asText());
        assertThat(team.get("cancelled").size() + team.get("moved").size()).isZero();

        JsonNode published = JSON.readTree(http.perform(post("/api/rosters/{id}/publish", rosterId))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(published.get("teams")).as("publishing tells what the draft showed").isEqualTo(draft.get("teams"));
        http.perform(get("/api/rosters/{id}/draft/changes", rosterId))
                .andExpect(jsonPath("$.teams.length()").value(0));
        http.perform(get("/api/rosters/{id}/draft/changes", 999999)).andExpect(status().isNotFound());
    }

    /**
     * Each place keeps the hard rules, by the records: the team's skills and working day (leave and
     * capacity included), the elder's availability, the minimum gap to their other visits, room in the
     * day's count, the home-visit hours, and the window asked for.
     */
    private void assertFeasible(Elder elder, JsonNode answer) {
        RosterPlanMapper.Inputs in = loader.load(rosterId);
        HealthCenter center = in.center();
        Set<Skill> required = new HashSet<>();
        answer.get("requiredSkills").forEach(s -> required.add(Skill.valueOf(s.asText())));
        int minutes = answer.get("durationMinutes").asInt();
        LocalDate from = LocalDate.parse(answer.get("from").asText());
        LocalDate to = LocalDate.parse(answer.get("to").asText());
        int gap = in.policy().tierFor(elder.latestAssessmentOn(MONTH.atEndOfMonth()).orElseThrow().score()).minGapDays();
        List<LocalDate> elderDays = in.visits().stream().filter(v -> v.getElderId().equals(elder.getId()) && v.isAssigned())
                .map(Visit::getVisitDate).toList();
        TeamAvailability availability = new TeamAvailability(in.calendar());
        for (JsonNode place : answer.get("places")) {
            Team team = in.teams().stream().filter(t -> t.getId() == place.get("teamId").asLong()).findFirst().orElseThrow();
            LocalDate date = LocalDate.parse(place.get("date").asText());
            LocalTime start = LocalTime.parse(place.get("plannedStart").asText());
            String where = team.getName() + " on " + date;
            assertThat(team.skills()).as(where).containsAll(required);
            assertThat(date).as(where).isBetween(from, to);
            TeamAvailability.AvailableDay day = availability.days(team, MONTH).stream().filter(d -> d.date().equals(date))
                    .findFirst().orElse(null);
            assertThat(day).as(where + ": a day the team works").isNotNull();
            assertThat(elder.getUnavailableDates()).as(where).doesNotContain(date);
            assertThat(elder.getVisitWeekdays().allows(date)).as(where).isTrue();
            elderDays.forEach(other -> assertThat(Math.abs(ChronoUnit.DAYS.between(other, date)))
                    .as(where + ": gap to the visit on " + other).isGreaterThanOrEqualTo(gap));
            long onDay = in.visits().stream().filter(v -> team.getId().equals(v.getTeamId()) && date.equals(v.getVisitDate()))
                    .count();
            assertThat(onDay).as(where + ": room in the count").isLessThan(day.capacity().maxVisits());
            assertThat(start).as(where).isAfterOrEqualTo(center.getVisitStart());
            assertThat(start.plusMinutes(minutes)).as(where).isBeforeOrEqualTo(center.getVisitEnd());
            assertThat(place.get("position").asInt()).as(where).isBetween(0, (int) onDay);
        }
        assertThat(answer.get("places").size()).isLessThanOrEqualTo(RosterRecommendations.PLACES);
        assertThat(in.visits().stream().map(Visit::getElderId).collect(Collectors.toSet())).contains(elder.getId());
    }
}
