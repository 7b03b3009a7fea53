package com.carerounds.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carerounds.center.HealthCenterRepository;
import com.carerounds.roster.Roster;
import com.carerounds.roster.RosterRepository;
import com.carerounds.roster.RosterService;
import com.carerounds.roster.RosterStatus;
import com.carerounds.team.TeamRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** A doctor's visit list in route order, and outcomes that can safely be sent twice. */
@SpringBootTest(properties = "carerounds.demo.enabled=true")
@ActiveProfiles("test")
class VisitControllerTest {

    private static final LocalDate DAY = LocalDate.of(2027, 1, 5);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** The visits' day, so their outcomes can be recorded; the day after is still to come. */
    @TestBean Clock clock;

    static Clock clock() {
        return Clock.fixed(DAY.atTime(16, 0).atZone(ZONE).toInstant(), ZONE);
    }

    @Autowired WebApplicationContext context;
    MockMvc http;

    @BeforeEach
    void signIn() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity())
                .defaultRequest(get("/").with(httpBasic("doctor1", "demo-doctor"))).build();
    }
    @Autowired HealthCenterRepository centers;
    @Autowired TeamRepository teams;
    @Autowired RosterService rosterService;
    @Autowired RosterRepository rosters;
    @Autowired VisitRepository visits;

    private Long teamId;
    private Visit first;
    private Visit second;
    private Visit unplanned;

    @BeforeEach
    void aPublishedDayOfTwoVisits() {
        Long centerId = centers.findAll().get(0).getId();
        teamId = teams.findByCenterIdOrderByCode(centerId).get(0).getId();
        Roster roster = rosters.findByCenterIdAndMonthStart(centerId, YearMonth.from(DAY).atDay(1))
                .orElseGet(() -> rosterService.create(centerId, YearMonth.from(DAY)).roster());
        List<Visit> all = oneVisitPerElder(roster.getId());
        second = all.get(0);
        // Started with room for the way from the center and between the two homes.
        second.plan(teamId, DAY, LocalTime.of(11, 0), 1);
        first = all.get(1);
        first.plan(teamId, DAY, LocalTime.of(9, 30), 0);
        unplanned = all.get(2);
        visits.saveAll(List.of(first, second));
        roster.changeStatus(RosterStatus.SOLVED);
        rosters.save(roster);
        rosterService.publish(roster.getId());
    }

    /** Visits of different elders, so that the hand-made plan keeps the minimum gap and can be published. */
    private List<Visit> oneVisitPerElder(Long rosterId) {
        Set<Long> elders = new HashSet<>();
        return visits.findByRosterId(rosterId).stream().filter(visit -> elders.add(visit.getElderId())).toList();
    }

    @Test
    void theTeamsDayInRouteOrderWithWhatTheDoctorNeeds() throws Exception {
        http.perform(get("/api/teams/{team}/visits", teamId).param("from", DAY.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].visitId").value(first.getId()))
                .andExpect(jsonPath("$[0].plannedStart").value("09:30:00"))
                .andExpect(jsonPath("$[1].visitId").value(second.getId()))
                .andExpect(jsonPath("$[0].elderName").isNotEmpty())
                .andExpect(jsonPath("$[0].address").isNotEmpty())
                .andExpect(jsonPath("$[0].homeHospitalBed").isBoolean());
        http.perform(get("/api/teams/{team}/visits", teamId).param("from", DAY.plusDays(1).toString()))
                .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void recordingTheSameOutcomeTwiceChangesNothingAndACorrectionNeedsTheVersion() throws Exception {
        String missed = "{\"status\": \"MISSED\", \"missedReason\": \"HOSPITALISED\", \"notes\": \"住院\"}";
        http.perform(post("/api/visits/{id}/outcome", first.getId()).contentType(MediaType.APPLICATION_JSON).content(missed))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("MISSED"))
                .andExpect(jsonPath("$.missedReason").value("HOSPITALISED"));
        int version = visits.findById(first.getId()).orElseThrow().getVersion();
        http.perform(post("/api/visits/{id}/outcome", first.getId()).contentType(MediaType.APPLICATION_JSON).content(missed))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(version));

        http.perform(post("/api/visits/{id}/outcome", first.getId()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"DONE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        http.perform(post("/api/visits/{id}/outcome", first.getId()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"DONE\", \"version\": " + (version - 1) + "}"))
                .andExpect(status().isConflict());
        http.perform(post("/api/visits/{id}/outcome", first.getId()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"DONE\", \"version\": " + version + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DONE"))
                .andExpect(jsonPath("$.version").value(version + 1));
        assertThat(visits.findById(first.getId()).orElseThrow().getMissedReason()).isNull();
    }

    @Test
    void impossibleOutcomesAreRefusedWithAReason() throws Exception {
        http.perform(post("/api/visits/{id}/outcome", second.getId()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"MISSED\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("missedReason is required when the visit was missed"));
        http.perform(post("/api/visits/{id}/outcome", unplanned.getId()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"DONE\"}"))
                .andExpect(status().isNotFound());
        http.perform(post("/api/visits/{id}/outcome", second.getId()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"notes\": \"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        http.perform(post("/api/visits/{id}/outcome", 999999).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"DONE\"}"))
                .andExpect(status().isNotFound());
        http.perform(get("/api/teams/{team}/visits", teamId).param("from", "2027-01-05").param("to", "2027-03-05"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("a visit list covers at most 31 days"));
    }

    /** Issue 13, finding 7: a doctor reaches only their own team's published visits, and records only what has happened. */
    @Test
    void outcomesOnlyForTheTeamsPublishedVisitsOnTheirDayOrLater() throws Exception {
        Long centerId = centers.findAll().get(0).getId();
        YearMonth earlier = YearMonth.from(DAY).minusMonths(2);
        Roster solved = rosters.findByCenterIdAndMonthStart(centerId, earlier.atDay(1))
                .orElseGet(() -> rosterService.create(centerId, earlier).roster());
        Visit unpublished = visits.findByRosterId(solved.getId()).get(0);
        unpublished.plan(teamId, earlier.atDay(10), LocalTime.of(9, 0), 0);
        visits.save(unpublished);
        solved.changeStatus(RosterStatus.SOLVED);
        rosters.save(solved);
        var hidden = http.perform(post("/api/visits/{id}/outcome", unpublished.getId())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"DONE\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("no visit " + unpublished.getId()))
                .andReturn().getResponse().getContentAsString();
        assertThat(hidden).doesNotContain("elder", "phone", "address");
        assertThat(visits.findById(unpublished.getId()).orElseThrow().getStatus()).isEqualTo(VisitStatus.PLANNED);

        MockMvc asDoctor2 = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        asDoctor2.perform(post("/api/visits/{id}/outcome", first.getId()).with(httpBasic("doctor2", "demo-doctor"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"DONE\"}"))
                .andExpect(status().isNotFound());

        Visit tomorrow = oneVisitPerElder(first.getRosterId()).get(3);
        tomorrow.plan(teamId, DAY.plusDays(2), LocalTime.of(9, 30), 0);
        visits.save(tomorrow);
        // Published again, so that the doctors have it.
        Roster current = rosters.findById(first.getRosterId()).orElseThrow();
        current.changeStatus(RosterStatus.SOLVED);
        rosterService.publish(rosters.save(current).getId());
        http.perform(post("/api/visits/{id}/outcome", tomorrow.getId()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"DONE\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("visit " + tomorrow.getId() + " is planned for "
                        + DAY.plusDays(2) + "; its outcome can be recorded from that day on"));
        assertThat(visits.findById(tomorrow.getId()).orElseThrow().getStatus()).isEqualTo(VisitStatus.PLANNED);
    }
}
