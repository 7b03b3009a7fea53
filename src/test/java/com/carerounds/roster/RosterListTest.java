package com.carerounds.roster;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carerounds.center.HealthCenterRepository;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Issue 13, finding 14: a center's rosters listed, and a roster's score as its last saved plan left it. */
// The administration tests' context (same properties): no solve runs here.
@SpringBootTest(properties = {"carerounds.demo.enabled=true", "spring.application.name=administration"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RosterListTest {

    private static final RequestPostProcessor DISPATCHER = httpBasic("dispatcher", "demo-dispatcher");
    private static final YearMonth MONTH = YearMonth.of(2027, 6);

    @Autowired MockMvc http;
    @Autowired HealthCenterRepository centers;
    @Autowired RosterService rosterService;
    @Autowired RosterRepository rosters;

    @Test
    void theCentersRostersByMonthAndStatusWithTheScoreStoredWithThePlan() throws Exception {
        Long centerId = centers.findByCode("C01").orElseThrow().getId();
        Long id = rosters.findByCenterIdAndMonthStart(centerId, MONTH.atDay(1)).map(Roster::getId)
                .orElseGet(() -> rosterService.create(centerId, MONTH).roster().getId());
        // As a solve before a restart leaves it: the plan's score in the database, none in this instance's memory.
        rosters.recordPlan(id, "0hard/-3medium/-123456soft", 3);
        Roster roster = rosters.findById(id).orElseThrow();
        roster.changeStatus(RosterStatus.SOLVED);
        rosters.save(roster);

        http.perform(get("/api/rosters/{id}/status", id).with(DISPATCHER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rosterStatus").value("SOLVED"))
                .andExpect(jsonPath("$.score").value("0hard/-3medium/-123456soft"))
                .andExpect(jsonPath("$.unassigned").value(3));
        http.perform(get("/api/rosters").param("month", MONTH.toString()).with(DISPATCHER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(id))
                .andExpect(jsonPath("$[0].month").value("2027-06"))
                .andExpect(jsonPath("$[0].status").value("SOLVED"))
                .andExpect(jsonPath("$[0].solverStatus").value("NOT_SOLVING"))
                .andExpect(jsonPath("$[0].score").value("0hard/-3medium/-123456soft"))
                .andExpect(jsonPath("$[0].unassigned").value(3));
        http.perform(get("/api/rosters").param("status", "SOLVED").with(DISPATCHER))
                .andExpect(jsonPath("$[*].id", hasItem(id.intValue())));
        http.perform(get("/api/rosters").param("status", "PUBLISHED").with(DISPATCHER))
                .andExpect(jsonPath("$[*].id", not(hasItem(id.intValue()))));
        http.perform(get("/api/rosters").param("month", "2027-13").with(DISPATCHER))
                .andExpect(status().isBadRequest());
    }
}
