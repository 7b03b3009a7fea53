package com.carerounds.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carerounds.center.HealthCenterRepository;
import com.carerounds.roster.Roster;
import com.carerounds.roster.RosterRepository;
import com.carerounds.roster.RosterService;
import com.carerounds.roster.RosterStatus;
import com.carerounds.team.Capacity;
import com.carerounds.team.Team;
import com.carerounds.team.TeamRepository;
import com.carerounds.visit.Visit;
import com.carerounds.visit.VisitRepository;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** An administrator cuts a team's capacity and sees which planned visits no longer fit. */
@SpringBootTest(properties = "carerounds.demo.enabled=true")
@ActiveProfiles("test")
class CapacityControllerTest {

    private static final LocalDate DAY = LocalDate.of(2027, 2, 2);

    @Autowired WebApplicationContext context;
    MockMvc http;

    @BeforeEach
    void signIn() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity())
                .defaultRequest(get("/").with(httpBasic("admin", "demo-admin"))).build();
    }
    @Autowired HealthCenterRepository centers;
    @Autowired TeamRepository teams;
    @Autowired RosterService rosterService;
    @Autowired RosterRepository rosters;
    @Autowired VisitRepository visits;

    @Test
    void aShorterDayListsTheVisitsThatNoLongerFit() throws Exception {
        Long centerId = centers.findAll().get(0).getId();
        Team team = teams.findByCenterIdOrderByCode(centerId).get(1);
        Roster roster = rosterService.create(centerId, YearMonth.from(DAY)).roster();
        List<Visit> all = visits.findByRosterId(roster.getId());
        for (int position = 0; position < 3; position++) {
            all.get(position).plan(team.getId(), DAY, LocalTime.of(9 + position, 0), position);
        }
        visits.saveAll(all.subList(0, 3));
        roster.changeStatus(RosterStatus.SOLVED);
        rosters.save(roster);

        String oneVisit = "{\"version\": %d, \"maxVisitMinutes\": 480, \"maxVisits\": 1, \"from\": \"%s\", \"to\": \"%s\"}"
                .formatted(team.getVersion(), DAY, DAY);
        http.perform(patch("/api/teams/{id}/capacity", team.getId()).contentType(MediaType.APPLICATION_JSON).content(oneVisit))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(team.getVersion() + 1))
                .andExpect(jsonPath("$.noLongerFit[*].visitId",
                        containsInAnyOrder(all.get(1).getId().intValue(), all.get(2).getId().intValue())));
        Team changed = teams.findById(team.getId()).orElseThrow();
        assertThat(changed.capacityOn(DAY)).isEqualTo(new Capacity(480, 1));
        assertThat(changed.capacityOn(DAY.plusDays(1))).isEqualTo(team.getCapacity());

        http.perform(patch("/api/teams/{id}/capacity", team.getId()).contentType(MediaType.APPLICATION_JSON).content(oneVisit))
                .andExpect(status().isConflict());
    }

    @Autowired ObjectMapper json;

    /** Leave in the team's record, previewed: the visits on those days are listed and nothing is kept. */
    @Test
    void aTeamRecordPreviewListsTheVisitsOnNewLeaveAndSavesNothing() throws Exception {
        LocalDate day = LocalDate.of(2027, 5, 11);
        Long centerId = centers.findAll().get(0).getId();
        Team team = teams.findByCenterIdOrderByCode(centerId).get(2);
        Roster roster = rosterService.create(centerId, YearMonth.from(day)).roster();
        List<Visit> all = visits.findByRosterId(roster.getId());
        all.get(0).plan(team.getId(), day, LocalTime.of(9, 0), 0);
        all.get(1).plan(team.getId(), day, LocalTime.of(10, 0), 1);
        all.get(2).plan(team.getId(), day.plusDays(1), LocalTime.of(9, 0), 0);
        visits.saveAll(all.subList(0, 3));
        roster.changeStatus(RosterStatus.SOLVED);
        rosters.save(roster);

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", team.getVersion());
        body.put("code", team.getCode());
        body.put("name", team.getName());
        body.put("travelMode", team.getTravelMode());
        body.put("maxVisitMinutes", team.getCapacity().maxVisitMinutes());
        body.put("maxVisits", team.getCapacity().maxVisits());
        body.put("members", team.getMembers());
        body.put("workingDays", team.getWorkingDays());
        List<Object> leave = new java.util.ArrayList<>(team.getLeave());
        leave.add(Map.of("startDate", day.toString(), "endDate", day.toString(), "reason", "培训"));
        body.put("leave", leave);
        http.perform(post("/api/teams/{id}/preview", team.getId()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.noLongerFit[*].visitId",
                        containsInAnyOrder(all.get(0).getId().intValue(), all.get(1).getId().intValue())));
        Team after = teams.findById(team.getId()).orElseThrow();
        assertThat(after.getVersion()).isEqualTo(team.getVersion());
        assertThat(after.getLeave()).isEqualTo(team.getLeave());
        assertThat(rosters.findById(roster.getId()).orElseThrow().getStatus()).isEqualTo(RosterStatus.SOLVED);
    }

    @Test
    void badChangesAreRefusedWithAReason() throws Exception {
        Team team = teams.findAll().get(0);
        http.perform(patch("/api/teams/{id}/capacity", team.getId()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": %d, \"maxVisitMinutes\": 240, \"maxVisits\": 8, \"from\": \"2027-02-01\"}"
                                .formatted(team.getVersion())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("give both from and to for a period, or neither for a permanent change"));
        http.perform(patch("/api/teams/{id}/capacity", team.getId()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0, \"maxVisitMinutes\": -5, \"maxVisits\": 8}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("maxVisitMinutes"));
        http.perform(patch("/api/teams/{id}/capacity", 999999).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0, \"maxVisitMinutes\": 240, \"maxVisits\": 8}"))
                .andExpect(status().isNotFound());
        assertThat(teams.findById(team.getId()).orElseThrow().getVersion()).isEqualTo(team.getVersion());
    }
}
