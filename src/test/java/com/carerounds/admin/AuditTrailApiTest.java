package com.carerounds.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carerounds.audit.AuditTrail;
import com.carerounds.audit.AuditedEntity;
import com.carerounds.audit.AuditedFields;
import com.carerounds.team.Team;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** Issue 13, finding 11: who changed which record, when and what, for the center's administrator only. */
@SpringBootTest(properties = {"carerounds.demo.enabled=true", "spring.application.name=administration"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AuditTrailApiTest {

    private static final RequestPostProcessor ADMIN = httpBasic("admin", "demo-admin");
    private static final RequestPostProcessor DISPATCHER = httpBasic("dispatcher", "demo-dispatcher");
    private static final RequestPostProcessor DOCTOR1 = httpBasic("doctor1", "demo-doctor");
    private static final RequestPostProcessor OTHER_ADMIN = httpBasic("other-admin", AdminFixture.OTHER_PASSWORD);
    private static final RequestPostProcessor DISTRICT = httpBasic("district-admin", AdminFixture.OTHER_PASSWORD);

    @Autowired MockMvc http;
    @Autowired ObjectMapper json;
    @Autowired AdminFixture fixture;
    @Autowired AuditTrail trail;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcTemplate jdbc;

    private Long centerId;

    @BeforeEach
    void demo() {
        fixture.otherCenterWithStaff();
        centerId = fixture.demoCenter().getId();
    }

    private ResultActions send(MockHttpServletRequestBuilder call, RequestPostProcessor user, String body) throws Exception {
        if (body != null) {
            call.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return http.perform(call.with(user));
    }

    private JsonNode read(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static String elder(Object version, String code, String nationalId, String phone) {
        return """
                {"version": %s, "code": "%s", "name": "吴老人", "sex": "F", "birthDate": "1936-05-06",
                 "nationalId": "%s", "phone": "%s", "address": "上海市长宁区愚园路3号",
                 "latitude": 31.2, "longitude": 121.42}""".formatted(version, code, nationalId, phone);
    }

    @Test
    void anElderLifeIsTracedWithWhoWhenAndWhatProtectedValuesMasked() throws Exception {
        String nationalId = fixture.nationalId();
        JsonNode created = read(send(post("/api/elders"), ADMIN, elder(null, AdminFixture.code("A"), nationalId,
                "13700001111")).andExpect(status().isCreated()));
        long id = created.get("id").asLong();
        send(put("/api/elders/" + id), ADMIN, elder(created.get("version").asInt(),
                created.get("code").asText(), nationalId, "13700002222")).andExpect(status().isOk());
        send(post("/api/elders/" + id + "/assessments"), ADMIN,
                "{\"assessedOn\": \"2026-11-02\", \"score\": 40, \"assessor\": \"林医生\"}").andExpect(status().isCreated());
        send(delete("/api/elders/" + id), ADMIN, null).andExpect(status().isNoContent());

        ResultActions trailOfElder = send(get("/api/audit?entity=ELDER&id=" + id), ADMIN, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(4)))
                .andExpect(jsonPath("$[0].action").value("DELETE"))
                .andExpect(jsonPath("$[1].action").value("UPDATE"))
                .andExpect(jsonPath("$[1].changes[0].field").value("assessments"))
                .andExpect(jsonPath("$[1].changes[0].to").value("[2026-11-02 40 林医生]"))
                .andExpect(jsonPath("$[2].changes", hasSize(1)))
                .andExpect(jsonPath("$[2].changes[0].field").value("phone"))
                .andExpect(jsonPath("$[2].changes[0].from").value("***1111"))
                .andExpect(jsonPath("$[2].changes[0].to").value("***2222"))
                .andExpect(jsonPath("$[3].action").value("CREATE"))
                .andExpect(jsonPath("$[3].username").value("admin"))
                .andExpect(jsonPath("$[3].centerId").value(centerId));
        String body = trailOfElder.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotContain(nationalId, "13700001111", "13700002222")
                .contains(nationalId.substring(0, 6) + "**********" + nationalId.substring(16));
    }

    @Test
    void aContractAndATeamsCapacityAreTraced() throws Exception {
        Team team = fixture.demoTeam(1);
        JsonNode elder = read(send(post("/api/elders"), ADMIN, elder(null, AdminFixture.code("A"), fixture.nationalId(),
                "13700003333")).andExpect(status().isCreated()));
        JsonNode contract = read(send(post("/api/contracts"), ADMIN, """
                {"elderId": %d, "teamId": %d, "servicePackage": "BASIC", "startDate": "2027-01-01"}"""
                .formatted(elder.get("id").asLong(), team.getId())).andExpect(status().isCreated()));
        send(get("/api/audit?entity=CONTRACT&id=" + contract.get("id").asLong()), ADMIN, null)
                .andExpect(jsonPath("$[0].action").value("CREATE"))
                .andExpect(jsonPath("$[0].changes[?(@.field == 'servicePackage')].to").value("BASIC"));

        int version = read(send(get("/api/teams/" + team.getId()), ADMIN, null)).get("version").asInt();
        send(patch("/api/teams/" + team.getId() + "/capacity"), ADMIN, """
                {"version": %d, "maxVisitMinutes": 180, "maxVisits": 5, "from": "2027-02-01", "to": "2027-02-03"}"""
                .formatted(version)).andExpect(status().isOk());
        send(get("/api/audit?entity=TEAM&id=" + team.getId() + "&from=2000-01-01"), ADMIN, null)
                .andExpect(jsonPath("$[0].action").value("UPDATE"))
                .andExpect(jsonPath("$[0].changes[0].field").value("capacityOverrides"))
                .andExpect(jsonPath("$[0].changes[0].to", org.hamcrest.Matchers.containsString(
                        "2027-02-01..2027-02-03 180 min, 5 visits")));
        send(get("/api/audit?entity=TEAM&id=" + team.getId() + "&to=2000-01-01"), ADMIN, null)
                .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void aRefusedChangeLeavesNoEntryAndAnEntryNeverCommitsWithoutItsChange() throws Exception {
        String nationalId = fixture.nationalId();
        send(post("/api/elders"), ADMIN, elder(null, AdminFixture.code("A"), nationalId, "13700004444"))
                .andExpect(status().isCreated());
        int before = entries();
        send(post("/api/elders"), ADMIN, elder(null, AdminFixture.code("A"), nationalId, "13700004444"))
                .andExpect(status().isConflict());
        assertThat(entries()).isEqualTo(before);

        // The entry is written in the change's transaction: rolled back with it, and refused without one.
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            trail.created(AuditedEntity.ELDER, -1L, centerId, AuditedFields.none().with("code", "X"));
            throw new IllegalStateException("the change fails after its entry was written");
        })).hasMessageContaining("the change fails");
        assertThat(entries()).isEqualTo(before);
        assertThatThrownBy(() -> trail.created(AuditedEntity.ELDER, -1L, centerId, AuditedFields.none()))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void onlyTheCentersAdministratorsReadItsTrail() throws Exception {
        send(post("/api/elders"), ADMIN, elder(null, AdminFixture.code("A"), fixture.nationalId(), "13700005555"))
                .andExpect(status().isCreated());
        send(get("/api/audit"), DISPATCHER, null).andExpect(status().isForbidden());
        send(get("/api/audit"), DOCTOR1, null).andExpect(status().isForbidden());
        http.perform(get("/api/audit")).andExpect(status().isUnauthorized());
        assertThat(read(send(get("/api/audit?entity=ELDER"), ADMIN, null).andExpect(status().isOk())))
                .isNotEmpty().allSatisfy(entry -> assertThat(entry.get("centerId").asLong()).isEqualTo(centerId));

        // Another center's administrator sees their own center's entries only, and may not name another center.
        Long other = fixture.otherCenterWithStaff().getId();
        assertThat(read(send(get("/api/audit"), OTHER_ADMIN, null).andExpect(status().isOk())))
                .allSatisfy(entry -> assertThat(entry.get("centerId").asLong()).isEqualTo(other));
        send(get("/api/audit?centerId=" + centerId), OTHER_ADMIN, null).andExpect(status().isForbidden());
        // A deployment administrator names the center.
        send(get("/api/audit"), DISTRICT, null).andExpect(status().isBadRequest());
        send(get("/api/audit?entity=ELDER&centerId=" + centerId), DISTRICT, null)
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].centerId").value(centerId));
        send(get("/api/audit?entity=NOTHING"), ADMIN, null).andExpect(status().isBadRequest());
    }

    private int entries() {
        return jdbc.queryForObject("select count(*) from audit_entry where center_id = ?", Integer.class, centerId);
    }
}
