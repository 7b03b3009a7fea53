package com.carerounds.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carerounds.account.MutableClock;
import com.carerounds.center.HealthCenterRepository;
import com.carerounds.contract.ContractRepository;
import com.carerounds.elder.ElderRepository;
import com.carerounds.roster.RosterPlanMapper;
import com.carerounds.roster.RosterRevisions;
import com.carerounds.roster.RosterService;
import com.carerounds.team.Capacity;
import com.carerounds.team.Skill;
import com.carerounds.team.Team;
import com.carerounds.team.TeamRepository;
import com.carerounds.testing.StepLimitedSolves;
import com.carerounds.visit.MissedReason;
import com.carerounds.visit.Visit;
import com.carerounds.visit.VisitRepository;
import com.carerounds.visit.VisitStatus;
import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The events of a lived month (issue 16, points 5 and 6), each over the API on a published month with
 * outcomes recorded: the event answers the visits it affects and a quick re-plan, a draft the doctors do
 * not see until it is published; publishing it tells each team what the proposal said; nothing that
 * happened (done, missed, dated before today) moves; the frozen window holds for every visit the event
 * does not release. A missed visit becomes a make-up later in the month, or is owed to the next one.
 */
@SpringBootTest(properties = {"carerounds.demo.enabled=true", "optaplanner.solver.termination.spent-limit=120s",
        "optaplanner.solver.termination.unimproved-spent-limit=120s", "spring.application.name=events-api"})
@Import(StepLimitedSolves.class)
@ActiveProfiles("test")
class EventsApiTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final RequestPostProcessor DISPATCHER = httpBasic("dispatcher", "demo-dispatcher");
    private static final RequestPostProcessor DOCTOR1 = httpBasic("doctor1", "demo-doctor");
    private static final RequestPostProcessor ADMIN = httpBasic("admin", "demo-admin");

    @TestBean(methodName = "com.carerounds.TestToday#beforeTheMonth") Clock clock;

    @Autowired WebApplicationContext context;
    @Autowired HealthCenterRepository centers;
    @Autowired RosterService rosterService;
    @Autowired RosterRevisions revisions;
    @Autowired VisitRepository visits;
    @Autowired TeamRepository teams;
    @Autowired ElderRepository elders;
    @Autowired ContractRepository contracts;

    private MockMvc http;

    /** What a doctor or a record relies on of a visit that happened; equal before and after every event, to the version. */
    record Kept(Long team, LocalDate date, LocalTime start, Integer position, VisitStatus status, MissedReason missed,
                Instant outcomeAt, int version) {

        static Kept of(Visit v) {
            return new Kept(v.getTeamId(), v.getVisitDate(), v.getPlannedStart(), v.getRoutePosition(), v.getStatus(),
                    v.getMissedReason(), v.getOutcomeAt(), v.getVersion());
        }
    }

    /** A published month lived up to {@code today}: outcomes recorded on some past days, the rest left unrecorded. */
    private record Lived(Long rosterId, LocalDate today, Map<Long, Kept> happened, Map<Long, RosterPlanMapper.PublishedPlace> published) {
    }

    @BeforeEach
    void http() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void aTeamOffSickTodayHasItsVisitsMovedAndTheDoctorsKeepThePublishedRevisionUntilTheDraftIsPublished() throws Exception {
        // Tuesday 8 December: doctor1's team calls in sick for today and tomorrow, the frozen window.
        Lived month = live(YearMonth.of(2026, 12), LocalDate.of(2026, 12, 8));
        Long teamId = ((Number) JsonPath.read(body(get("/api/me").with(DOCTOR1)), "$.teamId")).longValue();
        List<Long> sickDays = month.published().entrySet().stream().filter(e -> !month.happened().containsKey(e.getKey()))
                .filter(e -> e.getValue().teamId().equals(teamId) && !e.getValue().date().isBefore(month.today())
                        && !e.getValue().date().isAfter(month.today().plusDays(1)))
                .map(Map.Entry::getKey).sorted().toList();
        assertThat(sickDays).isNotEmpty();
        List<Object> doctorsList = doctorsDays(teamId, "2026-12-08", "2026-12-11");

        String answer = event(month, "team-unavailable", "{\"teamId\": " + teamId
                + ", \"from\": \"2026-12-08\", \"to\": \"2026-12-09\", \"reason\": \"SICKNESS\", \"notes\": \"发烧\"}");

        assertThat(ids(answer, "$.affected[*].visitId")).containsExactlyElementsOf(sickDays);
        List<Map<String, Object>> stillThere = JsonPath.read(answer, "$.affected[?(@.after.teamId == " + teamId
                + " && (@.after.date == '2026-12-08' || @.after.date == '2026-12-09'))]");
        assertThat(stillThere).as("the sick team's days are emptied").isEmpty();
        assertThat((String) JsonPath.read(answer, "$.proposal.rosterStatus")).isEqualTo("SOLVED");
        assertThat((Integer) JsonPath.read(answer, "$.proposal.publishedRevision")).isEqualTo(1);
        assertThat(teams.findById(teamId).orElseThrow().onLeave(LocalDate.of(2026, 12, 9))).as("recorded as leave").isTrue();
        // Issue 16, point 9: a visit another team covers while its own team is off says so, whatever day it went to.
        List<Number> covered = JsonPath.read(answer, "$.affected[?(@.after && @.after.teamId != " + teamId + ")].visitId");
        String draft = body(get("/api/rosters/{id}", month.rosterId()).with(DISPATCHER));
        int ownElders = 0;
        for (Number visitId : covered) {
            List<String> why = JsonPath.read(draft, "$.routes[*].visits[?(@.visitId == " + visitId
                    + " && @.crossCover.contractedTeamId == " + teamId + ")].crossCover.reason");
            if (why.isEmpty()) {
                continue; // a visit the sick team covered for another team's elder
            }
            ownElders++;
            List<String> told = JsonPath.read(answer, "$.proposal.changes[*].moved[?(@.visitId == " + visitId
                    + ")].crossCover.reason");
            assertThat(why).as("visit %s", visitId).containsOnly("ON_LEAVE");
            assertThat(told).as("visit %s in the proposal", visitId).containsOnly("ON_LEAVE");
        }
        assertThat(ownElders).as("other teams cover some of the sick team's own elders").isPositive();
        assertHappenedAndFrozenHold(month, Set.copyOf(sickDays));
        assertThat(doctorsDays(teamId, "2026-12-08", "2026-12-11")).as("the doctors keep the published revision")
                .isEqualTo(doctorsList);

        String listed = body(get("/api/rosters/{id}/events", month.rosterId()).with(DISPATCHER));
        assertThat((List<Object>) JsonPath.read(listed, "$[*]['kind','reason','teamId','recordedBy']"))
                .containsExactly(Map.of("kind", "TEAM_UNAVAILABLE", "reason", "SICKNESS", "teamId", teamId.intValue(),
                        "recordedBy", "dispatcher"));

        assertPublishingTellsTheProposal(month, answer);
        assertThat(doctorsDays(teamId, "2026-12-08", "2026-12-09")).as("published: the sick days are off the list").isEmpty();
    }

    @Test
    void anElderInHospitalHasTheVisitsOfThePeriodMovedOutOfItOrCancelled() throws Exception {
        // Tuesday 12 January: an elder with a visit tomorrow, in the frozen window, goes to hospital for a week.
        Lived month = live(YearMonth.of(2027, 1), LocalDate.of(2027, 1, 12));
        LocalDate from = LocalDate.of(2027, 1, 13);
        LocalDate to = LocalDate.of(2027, 1, 20);
        Long elderId = visits.findAllById(month.published().keySet()).stream()
                .filter(v -> v.getVisitDate().equals(from)).findFirst().orElseThrow().getElderId();
        List<Long> inPeriod = month.published().entrySet().stream().filter(e -> !month.happened().containsKey(e.getKey()))
                .filter(e -> visits.findById(e.getKey()).orElseThrow().getElderId().equals(elderId)
                        && !e.getValue().date().isBefore(from) && !e.getValue().date().isAfter(to))
                .map(Map.Entry::getKey).sorted().toList();

        String answer = event(month, "elder-away", "{\"elderId\": " + elderId
                + ", \"from\": \"2027-01-13\", \"to\": \"2027-01-20\", \"reason\": \"HOSPITAL\"}");

        assertThat(ids(answer, "$.affected[*].visitId")).containsExactlyElementsOf(inPeriod);
        List<Map<String, Object>> affected = JsonPath.read(answer, "$.affected[*]");
        for (Map<String, Object> visit : affected) {
            if (visit.get("after") == null) {
                assertThat(visit).containsEntry("status", "CANCELLED").containsEntry("reason", "ELDER_AWAY");
            } else {
                LocalDate date = LocalDate.parse((String) ((Map<?, ?>) visit.get("after")).get("date"));
                assertThat(date.isBefore(from) || date.isAfter(to)).as("visit %s on %s", visit.get("visitId"), date).isTrue();
            }
        }
        assertThat(elders.findById(elderId).orElseThrow().getUnavailableDates())
                .containsAll(from.datesUntil(to.plusDays(1)).toList());
        assertHappenedAndFrozenHold(month, Set.copyOf(inPeriod));
        assertPublishingTellsTheProposal(month, answer);
    }

    @Test
    void anElderWhoDiedHasTheRemainingVisitsCancelledAndTheContractEnded() throws Exception {
        Lived month = live(YearMonth.of(2027, 4), LocalDate.of(2027, 4, 13));
        LocalDate from = LocalDate.of(2027, 4, 16);
        // Its visits not yet made from that day on, placed or waiting for a place.
        Map<Long, List<Long>> comingByElder = visits.findByRosterId(month.rosterId()).stream()
                .filter(v -> v.getStatus() == VisitStatus.PLANNED && (month.published().get(v.getId()) == null
                        || !month.published().get(v.getId()).date().isBefore(from)))
                .collect(Collectors.groupingBy(Visit::getElderId, Collectors.mapping(Visit::getId, Collectors.toList())));
        Long elderId = comingByElder.entrySet().stream().filter(e -> e.getValue().size() >= 2).map(Map.Entry::getKey)
                .max(Comparator.naturalOrder()).orElseThrow();

        String answer = event(month, "contract-ended", "{\"elderId\": " + elderId
                + ", \"from\": \"2027-04-16\", \"reason\": \"DIED\"}");

        List<Long> cancelled = comingByElder.get(elderId).stream().sorted().toList();
        // This month's visits from that day on, and any of the elder's in later months' rosters.
        assertThat(ids(answer, "$.affected[*].visitId")).containsAll(cancelled);
        assertThat(ids(answer, "$.affected[*].elderId")).containsOnly(elderId);
        assertThat((List<String>) JsonPath.read(answer, "$.affected[*].status")).containsOnly("CANCELLED");
        assertThat((List<String>) JsonPath.read(answer, "$.affected[*].reason")).containsOnly("ELDER_DIED");
        assertThat(contracts.findByElderId(elderId)).anyMatch(c -> LocalDate.of(2027, 4, 15).equals(c.getEndDate()));
        String coverage = body(get("/api/rosters/{id}/coverage", month.rosterId()).with(DISPATCHER));
        assertThat((List<Integer>) JsonPath.read(coverage, "$.coverage[?(@.elderId == " + elderId + ")].cancelled"))
                .containsExactly(cancelled.size());
        assertHappenedAndFrozenHold(month, Set.of());
        String publication = assertPublishingTellsTheProposal(month, answer);
        assertThat(ids(publication, "$.teams[*].cancelled[*].visitId")).containsAll(cancelled);
    }

    @Test
    void anUrgentVisitIsPlacedWithinItsDaysByATeamWithItsSkillsEvenInTheFrozenWindow() throws Exception {
        Lived month = live(YearMonth.of(2027, 5), LocalDate.of(2027, 5, 18));
        List<Long> elderIds = visits.findAllById(month.published().keySet()).stream()
                .map(Visit::getElderId).distinct().sorted().toList();

        // By tomorrow: only today's and tomorrow's lists, the frozen window, can take it.
        String tomorrow = event(month, "urgent-visit", "{\"elderId\": " + elderIds.get(0)
                + ", \"withinDays\": 1, \"reason\": \"DISCHARGE\"}");
        Map<?, ?> placed = urgentPlace(month, tomorrow);
        assertThat(LocalDate.parse((String) placed.get("date"))).isBetween(month.today(), month.today().plusDays(1));

        // Within ten days, with rehabilitation and TCM: only two of the six teams have both.
        String skilled = event(month, "urgent-visit", "{\"elderId\": " + elderIds.get(1)
                + ", \"withinDays\": 10, \"reason\": \"COMPLAINT\", \"skills\": [\"REHABILITATION\", \"TCM\"]}");
        Map<?, ?> withSkills = urgentPlace(month, skilled);
        assertThat(LocalDate.parse((String) withSkills.get("date"))).isBetween(month.today(), month.today().plusDays(10));
        assertThat(teams.findById(((Number) withSkills.get("teamId")).longValue()).orElseThrow().skills())
                .contains(Skill.REHABILITATION, Skill.TCM);

        String publication = assertPublishingTellsTheProposal(month, skilled);
        assertThat(ids(publication, "$.teams[*].added[*].visitId"))
                .containsAll(ids(tomorrow, "$.event.visitId")).containsAll(ids(skilled, "$.event.visitId"));
    }

    @Test
    void onceTheTeamsHaveSetOutAWaitingVisitJoinsTomorrowsListAtTheEarliest() throws Exception {
        // Tuesday 16 November, 18:00: the day's lists are made. An elder with a visit missed goes to hospital
        // the day after tomorrow, so the make-up's last days are today and tomorrow; today's is over.
        Lived month = live(YearMonth.of(2027, 11), LocalDate.of(2027, 11, 16));
        setClock(month.today().atTime(18, 0));
        for (Team team : teams.findByCenterIdOrderByCode(centers.findAll().get(0).getId())) {
            for (LocalDate day : List.of(month.today(), month.today().plusDays(1))) {
                Capacity usual = team.capacityOn(day);
                team.overrideCapacity(day, new Capacity(usual.maxVisitMinutes() + 60, usual.maxVisits() + 2));
            }
            teams.save(team);
        }
        LocalDate away = month.today().plusDays(2);
        List<Visit> all = visits.findByRosterId(month.rosterId());
        LocalDate tomorrow = month.today().plusDays(1);
        Visit missed = all.stream().filter(v -> v.getStatus() == VisitStatus.MISSED)
                .filter(v -> elders.findById(v.getElderId()).orElseThrow().visitTimesOn(tomorrow)
                        .allow(tomorrow, LocalTime.of(9, 0), v.getDurationMinutes()))
                .filter(v -> all.stream().filter(o -> o.getElderId().equals(v.getElderId()) && o.isAssigned()
                                && o.getStatus() != VisitStatus.MISSED && o.getVisitDate().isBefore(away))
                        .allMatch(o -> Math.abs(o.getVisitDate().toEpochDay() - month.today().toEpochDay()) >= 8))
                .min(Comparator.comparing(Visit::getId)).orElseThrow();

        event(month, "elder-away", "{\"elderId\": " + missed.getElderId() + ", \"from\": \"" + away
                + "\", \"reason\": \"HOSPITAL\"}");

        Visit makeUp = visits.findByMakesUpVisitIdIn(List.of(missed.getId())).get(0);
        assertThat(makeUp.getVisitDate()).as("tomorrow, not today's finished list (%s)", makeUp.getUnassignedReason()).isEqualTo(tomorrow);
        assertHappenedAndFrozenHold(month, Set.of());
    }

    /** The urgent visit the event added, where the proposal has it; what happened and the frozen window hold. */
    private Map<?, ?> urgentPlace(Lived month, String answer) {
        List<Map<String, Object>> affected = JsonPath.read(answer, "$.affected[*]");
        assertThat(affected).hasSize(1);
        Number visitId = (Number) affected.get(0).get("visitId");
        assertThat(((Number) JsonPath.read(answer, "$.event.visitId")).longValue()).isEqualTo(visitId.longValue());
        assertThat(affected.get(0).get("after")).as("placed: %s", affected).isNotNull();
        assertHappenedAndFrozenHold(month, Set.of(visitId.longValue()));
        return (Map<?, ?>) affected.get(0).get("after");
    }

    @Test
    void aMissedVisitIsMadeUpLaterInTheMonthOrOwedToTheNextMonthsRoster() throws Exception {
        // Tuesday 15 June. Visits of the first days were missed; one of those elders is now in hospital
        // for the rest of the month, so that elder's make-up has no day left and is owed to July.
        Lived month = live(YearMonth.of(2027, 6), LocalDate.of(2027, 6, 15));
        List<Visit> missed = visits.findByRosterId(month.rosterId()).stream()
                .filter(v -> v.getStatus() == VisitStatus.MISSED).sorted(Comparator.comparing(Visit::getId)).toList();
        assertThat(missed).hasSizeGreaterThanOrEqualTo(3);
        Visit hospitalised = missed.get(0);
        // Another elder goes to hospital the day after tomorrow: today and tomorrow, the frozen window, are
        // the make-up's last days, and a visit waiting for a place may join the end of a route there (the
        // administrator has given every team an hour and two visits more on those days).
        LocalDate away = month.today().plusDays(2);
        for (Team team : teams.findByCenterIdOrderByCode(centers.findAll().get(0).getId())) {
            for (LocalDate day : List.of(month.today(), month.today().plusDays(1))) {
                Capacity usual = team.capacityOn(day);
                team.overrideCapacity(day, new Capacity(usual.maxVisitMinutes() + 60, usual.maxVisits() + 2));
            }
            teams.save(team);
        }
        Visit lastChance = missed.stream().skip(1).filter(v -> !v.getElderId().equals(hospitalised.getElderId()))
                .filter(v -> visits.findByRosterId(month.rosterId()).stream()
                        .filter(o -> o.getElderId().equals(v.getElderId()) && o.isAssigned()
                                && o.getStatus() != VisitStatus.MISSED && o.getVisitDate().isBefore(away))
                        .allMatch(o -> Math.abs(o.getVisitDate().toEpochDay() - month.today().toEpochDay()) >= 8))
                .findFirst().orElseThrow();

        event(month, "elder-away", "{\"elderId\": " + lastChance.getElderId()
                + ", \"from\": \"" + away + "\", \"reason\": \"HOSPITAL\"}");
        event(month, "elder-away", "{\"elderId\": " + hospitalised.getElderId()
                + ", \"from\": \"2027-06-15\", \"reason\": \"HOSPITAL\"}");

        Set<Long> missedIds = missed.stream().map(Visit::getId).collect(Collectors.toSet());
        Map<Long, Visit> makeUps = visits.findByRosterId(month.rosterId()).stream()
                .filter(v -> missedIds.contains(v.getMakesUpVisitId()))
                .collect(Collectors.toMap(Visit::getMakesUpVisitId, Function.identity()));
        assertThat(makeUps.keySet()).as("a make-up for each missed visit").containsExactlyInAnyOrderElementsOf(missedIds);
        List<Visit> placed = makeUps.values().stream().filter(Visit::isAssigned).toList();
        assertThat(placed).as("made up later in the month where gap and capacity allow").isNotEmpty()
                .allMatch(v -> v.getVisitDate().isAfter(month.today().minusDays(1)));
        Visit inWindow = makeUps.get(lastChance.getId());
        assertThat(inWindow.getVisitDate()).as("made up in the frozen window").isBetween(month.today(), away.minusDays(1));
        assertThat(month.published().values()).as("after the visits the doctors have that day")
                .filteredOn(p -> p.teamId().equals(inWindow.getTeamId()) && p.date().equals(inWindow.getVisitDate()))
                .allMatch(p -> p.position() < inWindow.getRoutePosition());
        assertHappenedAndFrozenHold(month, Set.of());
        Visit owed = makeUps.get(hospitalised.getId());
        assertThat(owed.isAssigned()).as("no day left for the hospitalised elder's make-up").isFalse();
        String june = body(get("/api/rosters/{id}/coverage", month.rosterId()).with(DISPATCHER));
        String elder = "$.coverage[?(@.elderId == " + hospitalised.getElderId() + ")]";
        assertThat((List<Integer>) JsonPath.read(june, elder + ".missed")).containsExactly(1);
        assertThat((List<Integer>) JsonPath.read(june, elder + ".owed")).first().matches(owed1 -> owed1 >= 1);
        Visit madeUp = placed.get(0);
        String madeUpElder = "$.coverage[?(@.elderId == " + madeUp.getElderId() + ")]";
        assertThat((List<Integer>) JsonPath.read(june, madeUpElder + ".madeUp")).containsExactly(1);

        // The next month's roster carries what June owes, with the reason, and June hands it over once.
        setClock(LocalDate.of(2027, 6, 25).atTime(9, 0));
        String created = body(post("/api/rosters").with(DISPATCHER).contentType(MediaType.APPLICATION_JSON)
                .content("{\"centerId\": " + centers.findAll().get(0).getId() + ", \"month\": \"2027-07\"}"));
        Number july = JsonPath.read(created, "$.id");
        String carried = body(get("/api/rosters/{id}/coverage", july).with(DISPATCHER));
        List<Map<String, Object>> carriedIn = JsonPath.read(carried, elder + ".carriedIn[*]");
        assertThat(carriedIn).singleElement().satisfies(c -> {
            assertThat(((Number) c.get("missedVisitId")).longValue()).isEqualTo(hospitalised.getId());
            assertThat(c).containsEntry("missedReason", hospitalised.getMissedReason().name());
        });
        assertThat(visits.findById(owed.getId()).orElseThrow().getStatus()).as("June's unplaced make-up, handed over")
                .isEqualTo(VisitStatus.CANCELLED);
        String juneAfter = body(get("/api/rosters/{id}/coverage", month.rosterId()).with(DISPATCHER));
        assertThat((List<Integer>) JsonPath.read(juneAfter, elder + ".carriedForward")).containsExactly(1);
        http.perform(post("/api/rosters/{id}/solve", july).with(DISPATCHER)).andExpect(status().isAccepted());
        await().atMost(Duration.ofSeconds(60)).until(() -> JsonPath.read(body(get("/api/rosters/{id}/status", july)
                .with(DISPATCHER)), "$.solverStatus").equals("NOT_SOLVING"));
        assertThat(visits.findByMakesUpVisitIdIn(List.of(hospitalised.getId()))).as("owed once").hasSize(2);
    }

    @Test
    void anEventIsRefusedWithTheFieldAndNothingIsRecorded() throws Exception {
        Lived month = live(YearMonth.of(2027, 8), LocalDate.of(2027, 8, 10));
        Long teamId = ((Number) JsonPath.read(body(get("/api/me").with(DOCTOR1)), "$.teamId")).longValue();
        for (String bad : List.of(
                "{\"teamId\": " + teamId + ", \"from\": \"2027-08-09\", \"reason\": \"SICKNESS\"}",
                "{\"teamId\": " + teamId + ", \"from\": \"2027-08-12\", \"to\": \"2027-08-11\", \"reason\": \"SICKNESS\"}",
                "{\"teamId\": " + teamId + ", \"from\": \"2027-08-30\", \"to\": \"2027-09-02\", \"reason\": \"SICKNESS\"}",
                "{\"teamId\": " + teamId + ", \"from\": \"2027-08-12\", \"reason\": \"DIED\"}",
                "{\"teamId\": 999999, \"from\": \"2027-08-12\", \"reason\": \"SICKNESS\"}")) {
            http.perform(post("/api/rosters/{id}/events/team-unavailable", month.rosterId()).with(DISPATCHER)
                            .contentType(MediaType.APPLICATION_JSON).content(bad))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").exists());
        }
        http.perform(post("/api/rosters/{id}/events/team-unavailable", month.rosterId()).with(DOCTOR1)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"teamId\": " + teamId + ", \"from\": \"2027-08-12\", \"reason\": \"SICKNESS\"}"))
                .andExpect(status().isForbidden());
        assertThat((List<Object>) JsonPath.read(body(get("/api/rosters/{id}/events", month.rosterId()).with(DISPATCHER)), "$"))
                .isEmpty();
        assertThat(teams.findById(teamId).orElseThrow().getLeave()).noneMatch(l -> l.startDate().getMonthValue() == 8
                && l.startDate().getYear() == 2027);
    }

    /** Creates, solves and publishes the month the day before it starts; then lives to {@code today}, recording outcomes. */
    private Lived live(YearMonth yearMonth, LocalDate today) throws Exception {
        setClock(yearMonth.atDay(1).minusDays(1).atTime(9, 0));
        String created = body(post("/api/rosters").with(DISPATCHER).contentType(MediaType.APPLICATION_JSON)
                .content("{\"centerId\": " + centers.findAll().get(0).getId() + ", \"month\": \"" + yearMonth + "\"}"));
        Long rosterId = ((Number) JsonPath.read(created, "$.id")).longValue();
        http.perform(post("/api/rosters/{id}/solve", rosterId).with(DISPATCHER)).andExpect(status().isAccepted());
        await().atMost(Duration.ofSeconds(60)).until(() -> JsonPath.read(body(get("/api/rosters/{id}/status", rosterId)
                .with(DISPATCHER)), "$.solverStatus").equals("NOT_SOLVING"));
        http.perform(post("/api/rosters/{id}/publish", rosterId).with(DISPATCHER)).andExpect(status().isOk());
        setClock(today.atTime(8, 0));
        List<Visit> planned = visits.findByRosterId(rosterId).stream().filter(Visit::isAssigned)
                .sorted(Comparator.comparing(Visit::getId)).toList();
        // Outcomes on the first and third working days of the month, two of each day missed.
        List<LocalDate> days = planned.stream().map(Visit::getVisitDate).distinct().sorted().toList();
        for (LocalDate day : List.of(days.get(0), days.get(2))) {
            List<Visit> ofDay = planned.stream().filter(v -> v.getVisitDate().equals(day)).limit(6).toList();
            for (int i = 0; i < ofDay.size(); i++) {
                Visit visit = ofDay.get(i);
                if (i < 2) {
                    visit.recordOutcome(VisitStatus.MISSED, i == 0 ? MissedReason.HOSPITALISED : MissedReason.ELDER_ABSENT,
                            null, clock.instant());
                } else {
                    visit.recordOutcome(VisitStatus.DONE, null, null, clock.instant());
                }
                visits.save(visit);
            }
        }
        Map<Long, Kept> happened = visits.findByRosterId(rosterId).stream()
                .filter(v -> v.getStatus() != VisitStatus.PLANNED || (v.isAssigned() && v.getVisitDate().isBefore(today)))
                .collect(Collectors.toMap(Visit::getId, Kept::of));
        return new Lived(rosterId, today, happened, revisions.places(rosterId, 1));
    }

    private String event(Lived month, String kind, String request) throws Exception {
        return body(post("/api/rosters/{id}/events/" + kind, month.rosterId()).with(DISPATCHER)
                .contentType(MediaType.APPLICATION_JSON).content(request));
    }

    /**
     * What happened is as it was, to the version; in the frozen window (today and the next working day)
     * every visit but those the event released is where the doctors have it.
     */
    private void assertHappenedAndFrozenHold(Lived month, Set<Long> released) {
        Map<Long, Visit> now = visits.findByRosterId(month.rosterId()).stream()
                .collect(Collectors.toMap(Visit::getId, Function.identity()));
        month.happened().forEach((id, kept) -> assertThat(Kept.of(now.get(id))).as("visit %s", id).isEqualTo(kept));
        LocalDate frozenEnd = month.today().plusDays(1);
        month.published().forEach((id, place) -> {
            if (!place.date().isBefore(month.today()) && !place.date().isAfter(frozenEnd) && !released.contains(id)
                    && now.get(id).getStatus() == VisitStatus.PLANNED) {
                assertThat(place.isWhere(now.get(id))).as("frozen visit %s", id).isTrue();
            }
        });
        assertThat(now.values()).filteredOn(v -> v.isAssigned() && v.getVisitDate().isBefore(month.today()))
                .as("nothing new on a past day").allMatch(v -> month.happened().containsKey(v.getId()));
    }

    /** Publishing the draft answers, per team, exactly the changes the event's proposal listed. */
    private String assertPublishingTellsTheProposal(Lived month, String answer) throws Exception {
        String publication = body(post("/api/rosters/{id}/publish", month.rosterId()).with(DISPATCHER));
        assertThat((Integer) JsonPath.read(publication, "$.revision")).isEqualTo(2);
        assertThat((Object) JsonPath.read(publication, "$.teams")).isEqualTo(JsonPath.read(answer, "$.proposal.changes"));
        return publication;
    }

    private List<Object> doctorsDays(Long teamId, String from, String to) throws Exception {
        return JsonPath.read(body(get("/api/teams/{team}/visits", teamId).with(DOCTOR1).param("from", from).param("to", to)),
                "$[*]['visitId','date','position','plannedStart','status']");
    }

    private static List<Long> ids(String json, String path) {
        Object found = JsonPath.read(json, path);
        return found instanceof Number one ? List.of(one.longValue())
                : ((List<Number>) found).stream().map(Number::longValue).toList();
    }

    private String body(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        return http.perform(request).andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString();
    }

    private void setClock(LocalDateTime at) {
        ((MutableClock) clock).advance(Duration.between(clock.instant(), at.atZone(ZONE).toInstant()));
    }
}
