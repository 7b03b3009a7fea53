package com.carerounds.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carerounds.account.MutableClock;
import com.carerounds.center.HealthCenterRepository;
import com.carerounds.solver.RosterWeights;
import com.carerounds.team.Leave;
import com.carerounds.team.Team;
import com.carerounds.team.TeamRepository;
import com.carerounds.testing.StepLimitedSolves;
import com.carerounds.visit.MissedReason;
import com.carerounds.visit.Visit;
import com.carerounds.visit.VisitRepository;
import com.carerounds.visit.VisitStatus;
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
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverStatus;
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
 * The lived month, points 1 and 3: a re-plan of a published roster in the middle of the month, after
 * outcomes were recorded on several days and a team went on leave, leaves every visit that happened
 * (done, missed, or dated before today) exactly as it was, and puts nothing new on a past day; the
 * dispatcher's pins and the frozen window (today and the next working day) hold through it too.
 */
@SpringBootTest(properties = {"carerounds.demo.enabled=true", "optaplanner.solver.termination.spent-limit=120s",
        "optaplanner.solver.termination.unimproved-spent-limit=120s", "spring.application.name=replan-keeps"})
@Import(StepLimitedSolves.class)
@ActiveProfiles("test")
class RePlanKeepsWhatHappenedTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 10);
    private static final RequestPostProcessor DISPATCHER = httpBasic("dispatcher", "demo-dispatcher");

    /** The month is planned the day before it starts; the test then lives on to 10 December. */
    @TestBean(methodName = "com.carerounds.TestToday#beforeTheMonth") Clock clock;

    @Autowired HealthCenterRepository centers;
    @Autowired RosterService rosterService;
    @Autowired RosterSolvingService solving;
    @Autowired VisitRepository visits;
    @Autowired TeamRepository teams;

    /** What a doctor or a record relies on; equal before and after the re-plan, to the version. */
    record Kept(Long team, LocalDate date, LocalTime start, Integer position, VisitStatus status, MissedReason missed,
                String notes, Instant outcomeAt, int version) {

        static Kept of(Visit v) {
            return new Kept(v.getTeamId(), v.getVisitDate(), v.getPlannedStart(), v.getRoutePosition(), v.getStatus(),
                    v.getMissedReason(), v.getOutcomeNotes(), v.getOutcomeAt(), v.getVersion());
        }
    }

    @Autowired WebApplicationContext context;

    @Test
    void aRePlanNeverMovesWhatHappened() {
        Long centerId = centers.findAll().get(0).getId();
        setClock(LocalDate.of(2026, 11, 30).atTime(9, 0));
        Long rosterId = rosterService.create(centerId, YearMonth.of(2026, 12)).roster().getId();
        solveAndWait(rosterId);
        rosterService.publish(rosterId);

        setClock(TODAY.atTime(18, 0));
        List<Visit> planned = visits.findByRosterId(rosterId).stream().filter(Visit::isAssigned)
                .sorted(Comparator.comparing(Visit::getId)).toList();
        // Outcomes on several days, the past ones and today's, some days in the middle left unrecorded.
        for (LocalDate date : List.of(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3),
                LocalDate.of(2026, 12, 8), TODAY)) {
            List<Visit> ofDay = planned.stream().filter(v -> v.getVisitDate().equals(date)).limit(4).toList();
            assertThat(ofDay).as("visits on %s", date).isNotEmpty();
            for (int i = 0; i < ofDay.size(); i++) {
                Visit visit = ofDay.get(i);
                if (i % 2 == 0) {
                    visit.recordOutcome(VisitStatus.DONE, null, "blood pressure taken", clock.instant());
                } else {
                    visit.recordOutcome(VisitStatus.MISSED, MissedReason.ELDER_ABSENT, "neighbour says away",
                            clock.instant());
                }
                visits.save(visit);
            }
        }
        // A routine re-plan starts from the published plan and keeps it: moving a published visit costs,
        // so only the few moves that pay for it (a visit back to its contracted team) are made, and those
        // that make room on a full day for the make-up of a missed visit.
        Map<Long, List<Object>> published = visits.findByRosterId(rosterId).stream()
                .filter(v -> v.isAssigned() && v.getVisitDate().isAfter(TODAY.plusDays(1)))
                .collect(Collectors.toMap(Visit::getId, v -> List.of(v.getTeamId(), v.getVisitDate())));
        solveAndWait(rosterId);
        long makeUps = visits.findByRosterId(rosterId).stream().filter(v -> v.getMakesUpVisitId() != null).count();
        assertThat(makeUps).as("a make-up offered for each missed visit").isEqualTo(8);
        assertThat(visits.findByRosterId(rosterId)).filteredOn(v -> published.containsKey(v.getId()))
                .filteredOn(v -> !v.isAssigned() || !List.of(v.getTeamId(), v.getVisitDate()).equals(published.get(v.getId())))
                .as("of %s published coming visits, those a routine re-plan moved to another team or day", published.size())
                .hasSizeLessThanOrEqualTo((int) (published.size() * 3 / 100 + 2 * makeUps));

        // The busiest team falls ill for a past day (recorded late) and two coming ones: its past visits
        // stand, its coming ones must move.
        Long sickTeamId = planned.stream().collect(Collectors.groupingBy(Visit::getTeamId, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        Team sick = teams.findById(sickTeamId).orElseThrow();
        sick.addLeave(new Leave(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 2), "sick"));
        sick.addLeave(new Leave(LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 15), "sick"));
        teams.save(sick);

        Map<Long, Kept> before = visits.findByRosterId(rosterId).stream()
                .filter(v -> v.getStatus() != VisitStatus.PLANNED || (v.isAssigned() && v.getVisitDate().isBefore(TODAY)))
                .collect(Collectors.toMap(Visit::getId, Kept::of));
        assertThat(before.values()).filteredOn(k -> k.status() != VisitStatus.PLANNED).hasSizeGreaterThanOrEqualTo(8);
        assertThat(before.values()).filteredOn(k -> k.team().equals(sickTeamId) && k.date().equals(LocalDate.of(2026, 12, 2)))
                .isNotEmpty();

        solving.start(rosterId, new RosterWeights());
        assertThat(solving.status(rosterId).publishedRevision()).as("doctors keep their revision while it re-plans")
                .isEqualTo(1);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> solving.status(rosterId).solverStatus() == SolverStatus.NOT_SOLVING);

        List<Visit> after = visits.findByRosterId(rosterId);
        Map<Long, Visit> afterById = after.stream().collect(Collectors.toMap(Visit::getId, Function.identity()));
        before.forEach((id, kept) -> assertThat(Kept.of(afterById.get(id))).as("visit %s", id).isEqualTo(kept));
        assertThat(after).filteredOn(v -> v.isAssigned() && v.getVisitDate().isBefore(TODAY))
                .as("nothing new on a past day").extracting(Visit::getId)
                .containsExactlyInAnyOrderElementsOf(before.keySet().stream()
                        .filter(id -> afterById.get(id).getVisitDate().isBefore(TODAY)).toList());
        assertThat(after).filteredOn(v -> sickTeamId.equals(v.getTeamId())
                        && (v.getVisitDate().equals(LocalDate.of(2026, 12, 14)) || v.getVisitDate().equals(LocalDate.of(2026, 12, 15))))
                .as("the sick team's coming days are emptied").isEmpty();
        assertThat(solving.status(rosterId).rosterStatus()).as("a draft beside revision 1").isEqualTo(RosterStatus.SOLVED);
    }

    @Test
    void pinsAndTheFrozenWindowHoldThroughARePlan() throws Exception {
        Long centerId = centers.findAll().get(0).getId();
        setClock(LocalDate.of(2026, 12, 31).atTime(9, 0));
        Long rosterId = rosterService.create(centerId, YearMonth.of(2027, 1)).roster().getId();
        solveAndWait(rosterId);
        rosterService.publish(rosterId);
        // Tuesday 12 January, in the morning: the frozen window is today and Wednesday the 13th.
        setClock(LocalDate.of(2027, 1, 12).atTime(8, 0));
        List<Visit> planned = visits.findByRosterId(rosterId).stream().filter(Visit::isAssigned)
                .sorted(Comparator.comparing(Visit::getId)).toList();
        Visit single = planned.stream().filter(v -> v.getVisitDate().equals(LocalDate.of(2027, 1, 25))
                && v.getRoutePosition() == 2).findFirst().orElseThrow();
        Visit ofDay = planned.stream().filter(v -> v.getVisitDate().equals(LocalDate.of(2027, 1, 27)))
                .findFirst().orElseThrow();
        MockMvc http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        String body = "{\"pinned\": true, \"visitIds\": [" + single.getId() + "], \"teamDays\": [{\"teamId\": "
                + ofDay.getTeamId() + ", \"date\": \"2027-01-27\"}]}";
        http.perform(put("/api/rosters/{id}/pins", rosterId).with(DISPATCHER).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pinned").value(true))
                .andExpect(jsonPath("$.visitIds", hasItem(single.getId().intValue())))
                .andExpect(jsonPath("$.visitIds", hasItem(ofDay.getId().intValue())));
        http.perform(put("/api/rosters/{id}/pins", rosterId).with(DISPATCHER).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"pinned\": true, \"visitIds\": [999999]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("visitIds"));
        // A pin also holds the visits before it on its route: the team's time up to it depends on them.
        List<Visit> after25 = planned.stream().filter(v -> v.getTeamId().equals(single.getTeamId())
                && v.getVisitDate().equals(single.getVisitDate()) && v.getRoutePosition() <= 2).toList();
        Map<Long, Kept> before = visits.findByRosterId(rosterId).stream()
                .filter(v -> v.isAssigned() && (!v.getVisitDate().isAfter(LocalDate.of(2027, 1, 13)) || v.isPinned()
                        || after25.stream().anyMatch(p -> p.getId().equals(v.getId()))))
                .collect(Collectors.toMap(Visit::getId, Kept::of));
        assertThat(before.keySet()).contains(single.getId(), ofDay.getId());
        Team sick = teams.findById(ofDay.getTeamId()).orElseThrow();
        sick.addLeave(new Leave(LocalDate.of(2027, 1, 13), LocalDate.of(2027, 1, 14), "training"));
        teams.save(sick);
        // The leave takes the team's frozen day from it: those visits move, as after a team-unavailable event,
        // so that the draft keeps every hard rule and can be published; the rest of the window holds.
        Set<Long> offTheLeaveDay = before.entrySet().stream().filter(e -> e.getValue().team().equals(sick.getId())
                && e.getValue().date().equals(LocalDate.of(2027, 1, 13))).map(Map.Entry::getKey).collect(Collectors.toSet());
        assertThat(offTheLeaveDay).isNotEmpty();
        offTheLeaveDay.forEach(before::remove);

        solveAndWait(rosterId);

        Map<Long, Visit> afterById = visits.findByRosterId(rosterId).stream()
                .collect(Collectors.toMap(Visit::getId, Function.identity()));
        before.forEach((id, kept) -> assertThat(Kept.of(afterById.get(id))).as("visit %s", id).isEqualTo(kept));
        assertThat(afterById.values()).filteredOn(v -> v.isAssigned() && !v.getVisitDate().isBefore(LocalDate.of(2027, 1, 13))
                        && !v.getVisitDate().isAfter(LocalDate.of(2027, 1, 14)) && v.getTeamId().equals(sick.getId()))
                .as("the leave's days, frozen or not, are the team's no more").isEmpty();
        rosterService.publish(rosterId);

        http.perform(put("/api/rosters/{id}/pins", rosterId).with(DISPATCHER).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"pinned\": false, \"through\": \"2027-01-31\"}"))
                .andExpect(status().isOk());
        assertThat(visits.findByRosterId(rosterId)).noneMatch(Visit::isPinned);
    }

    private void setClock(LocalDateTime at) {
        ((MutableClock) clock).advance(Duration.between(clock.instant(), at.atZone(ZONE).toInstant()));
    }

    private void solveAndWait(Long rosterId) {
        solving.start(rosterId, new RosterWeights());
        await().atMost(Duration.ofSeconds(60))
                .until(() -> solving.status(rosterId).solverStatus() == SolverStatus.NOT_SOLVING);
    }
}
