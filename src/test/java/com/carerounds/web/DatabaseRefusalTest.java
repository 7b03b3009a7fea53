package com.carerounds.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.carerounds.center.HealthCenterRepository;
import com.carerounds.elder.Elder;
import com.carerounds.elder.ElderRepository;
import com.carerounds.geo.Location;
import com.carerounds.team.Capacity;
import com.carerounds.team.MemberRole;
import com.carerounds.team.Team;
import com.carerounds.team.TeamMember;
import com.carerounds.team.TeamRepository;
import com.carerounds.team.TravelMode;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.relational.core.conversion.DbAction;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.data.relational.core.conversion.IdValueSource;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A change the database refuses while Spring Data JDBC saves an aggregate arrives wrapped in a
 * {@link DbActionExecutionException}: it is answered by its cause (409 for a key already taken, 400 for
 * a value the column cannot hold), never as a 500, and without the database's message, which names
 * the values (PostgreSQL: {@code Key (national_id)=(…) already exists}).
 */
@SpringBootTest(properties = {"carerounds.demo.enabled=true", "spring.application.name=database-refusal"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DatabaseRefusalTest {

    private static final String NATIONAL_ID = "310105193803050022";

    @Autowired MockMvc http;
    @Autowired HealthCenterRepository centers;
    @Autowired ElderRepository elders;
    @Autowired TeamRepository teams;

    @Test
    void aTeamCodeTakenIsA409Problem() throws Exception {
        String team = """
                {"code": "DUP-1", "name": "一队", "travelMode": "WALK", "maxVisitMinutes": 240, "maxVisits": 8,
                 "members": [{"name": "李医生", "role": "GENERAL_PRACTITIONER"}], "workingDays": ["MONDAY"]}""";
        assertThat(send(team).getStatus()).isEqualTo(201);
        MockHttpServletResponse again = send(team);
        assertThat(again.getStatus()).as(again.getContentAsString()).isEqualTo(409);
        assertThat(again.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(again.getContentAsString()).contains("already has a team with code DUP-1")
                .doesNotContainIgnoringCase("uq_team").doesNotContain("Exception");
    }

    @Test
    void whatTheDatabaseRefusesOnSaveIsAnsweredWithoutItsValues() {
        Long centerId = centers.findAll().get(0).getId();
        Elder registered = elders.findByCenterId(centerId).get(0);
        String nationalId = registered.getPerson().nationalId();
        Elder twin = new Elder(centerId, "TWIN-1", registered.getPerson(), "上海市长宁区愚园路3号", new Location(31.2, 121.4));
        RuntimeException refused = catchRuntime(() -> elders.save(twin));
        ProblemDetail problem = answer(refused);
        assertThat(problem.getStatus()).as(String.valueOf(refused)).isEqualTo(409);
        assertThat(problem.getDetail()).contains("already in use").doesNotContain(nationalId);

        Team team = teams.findByCenterIdOrderByCode(centerId).get(0);
        RuntimeException duplicate = catchRuntime(() -> teams.save(new Team(centerId, team.getCode(), "二队",
                TravelMode.WALK, new Capacity(240, 8), List.of(new TeamMember("李医生", MemberRole.NURSE)),
                Set.of(DayOfWeek.MONDAY))));
        assertThat(answer(duplicate).getStatus()).as(String.valueOf(duplicate)).isEqualTo(409);
    }

    /** The exception as Spring MVC hands it to the handler: the one thrown if a handler takes it, else its cause. */
    private static ProblemDetail answer(RuntimeException e) {
        ProblemHandler handler = new ProblemHandler();
        if (e instanceof DbActionExecutionException wrapped) {
            return handler.refusedWhileSaving(wrapped);
        }
        assertThat(e).isInstanceOf(DataIntegrityViolationException.class);
        return handler.integrity((DataIntegrityViolationException) e);
    }

    private static RuntimeException catchRuntime(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("the database took it");
    }

    @Test
    void eachRefusalIsToldByItsSqlStateWithoutTheValues() {
        ProblemHandler handler = new ProblemHandler();
        String postgres = "ERROR: duplicate key value violates unique constraint \"uq_elder_national_id\"\n"
                + "  Detail: Key (national_id)=(" + NATIONAL_ID + ") already exists.";

        ProblemDetail duplicate = handler.refusedWhileSaving(wrapped(new DuplicateKeyException(postgres,
                new SQLException(postgres, "23505"))));
        assertThat(duplicate.getStatus()).isEqualTo(409);
        assertThat(duplicate.getDetail()).contains("already in use").doesNotContain(NATIONAL_ID)
                .doesNotContain("national_id");

        ProblemDetail tooLong = handler.refusedWhileSaving(wrapped(new DataIntegrityViolationException(
                "value too long for type character varying(200)", new SQLException("value too long", "22001"))));
        assertThat(tooLong.getStatus()).isEqualTo(400);
        assertThat(tooLong.getDetail()).contains("too long");

        ProblemDetail nul = handler.refusedWhileSaving(wrapped(new DataIntegrityViolationException(
                "invalid byte sequence for encoding \"UTF8\": 0x00", new SQLException("0x00", "22021"))));
        assertThat(nul.getStatus()).isEqualTo(400);

        ProblemDetail overlap = handler.refusedWhileSaving(wrapped(new DataIntegrityViolationException(
                "conflicting key value violates exclusion constraint", new SQLException("exclusion", "23P01"))));
        assertThat(overlap.getStatus()).isEqualTo(409);
        assertThat(overlap.getDetail()).contains("overlaps");

        ProblemDetail busy = handler.refusedWhileSaving(wrapped(new org.springframework.dao.CannotAcquireLockException(
                "lock timeout")));
        assertThat(busy.getStatus()).isEqualTo(409);
        assertThat(busy.getDetail()).contains("send the change again");

        ProblemDetail stale = handler.refusedWhileSaving(wrapped(new OptimisticLockingFailureException("stale")));
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getDetail()).contains("someone else changed this record");
    }

    private static DbActionExecutionException wrapped(Exception cause) {
        return new DbActionExecutionException(new DbAction.InsertRoot<>(new Object(), IdValueSource.GENERATED), cause);
    }

    private MockHttpServletResponse send(String body) throws Exception {
        return http.perform(post("/api/teams").with(httpBasic("admin", "demo-admin"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
    }
}
