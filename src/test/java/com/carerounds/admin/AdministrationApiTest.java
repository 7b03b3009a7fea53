package com.carerounds.admin;

import java.time.Clock;
import org.springframework.test.context.bean.override.convention.TestBean;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carerounds.contract.Contract;
import com.carerounds.contract.ContractRepository;
import com.carerounds.elder.Elder;
import com.carerounds.team.Team;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The administrator's API on the demo center: what it saves, and every way a change is refused. */
// Its own context (application name): these tests add centers, staff and elders to the demo database.
@SpringBootTest(properties = {"carerounds.demo.enabled=true", "spring.application.name=administration"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AdministrationApiTest {

    @TestBean(methodName = "com.carerounds.TestToday#beforeTheMonth") Clock clock;

    private static final RequestPostProcessor ADMIN = httpBasic("admin", "demo-admin");
    private static final RequestPostProcessor DISTRICT = httpBasic("district-admin", AdminFixture.OTHER_PASSWORD);
    private static final RequestPostProcessor DOCTOR1 = httpBasic("doctor1", "demo-doctor");

    @Autowired MockMvc http;
    @Autowired ObjectMapper json;
    @Autowired AdminFixture fixture;
    @Autowired ContractRepository contracts;

    private Long centerId;

    @BeforeEach
    void demo() {
        fixture.otherCenterWithStaff();
        centerId = fixture.demoCenter().getId();
    }

    private ResultActions send(MockHttpServletRequestBuilder call, RequestPostProcessor user, String body)
            throws Exception {
        if (body != null) {
            call.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return http.perform(call.with(user));
    }

    private JsonNode read(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private static String center(Object version, String code) {
        return """
                {"version": %s, "code": "%s", "name": "江苏路街道社区卫生服务中心", "address": "上海市长宁区江苏路1号",
                 "latitude": 31.22, "longitude": 121.43, "visitStart": "13:00", "visitEnd": "17:00"}"""
                .formatted(version, code);
    }

    private static String elder(Object version, String code, String nationalId, double latitude) {
        return """
                {"version": %s, "code": "%s", "name": "吴老人", "sex": "F", "birthDate": "1936-05-06",
                 "nationalId": "%s", "phone": "13700000000", "address": "上海市长宁区愚园路3号",
                 "latitude": %s, "longitude": 121.42, "categories": ["EMPTY_NEST"], "needs": ["TCM"]}"""
                .formatted(version, code, nationalId, latitude);
    }

    private static String contract(Object version, Long elderId, Long teamId, String start, String end) {
        return """
                {"version": %s, "elderId": %d, "teamId": %d, "servicePackage": "BASIC", "startDate": "%s",
                 "endDate": %s}""".formatted(version, elderId, teamId, start, end == null ? "null" : "\"" + end + "\"");
    }

    @Test
    void aCenterFarFromItsEldersIsSavedWithAWarning() throws Exception {
        ObjectNode center = (ObjectNode) read(send(get("/api/centers/" + centerId), ADMIN, null).andExpect(status().isOk()));
        assertThat(center.path("warnings").isArray() && center.path("warnings").isEmpty()).as(center.toString()).isTrue();
        double longitude = center.path("longitude").asDouble();

        center.put("longitude", -1.0);
        JsonNode moved = read(send(put("/api/centers/" + centerId), ADMIN, center.toString()).andExpect(status().isOk()));
        assertThat(moved.path("warnings")).singleElement()
                .satisfies(w -> assertThat(w.asText()).containsPattern("\\d+ km from the median of its \\d+ elders").contains("OUT_OF_REACH"));
        assertThat(read(send(get("/api/centers/" + centerId), ADMIN, null)).path("warnings")).hasSize(1);

        center.put("version", moved.path("version").asInt()).put("longitude", longitude);
        assertThat(read(send(put("/api/centers/" + centerId), ADMIN, center.toString()).andExpect(status().isOk()))
                .path("warnings")).isEmpty();
    }

    @Test
    void aDeploymentAdministratorCreatesEditsAndDeletesACenter() throws Exception {
        String code = AdminFixture.code("C");
        JsonNode created = read(send(post("/api/centers"), DISTRICT, center(null, code))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/centers/"))));
        long id = created.get("id").asLong();
        int version = created.get("version").asInt();
        send(get("/api/policy?centerId=" + id), DISTRICT, null)
                .andExpect(jsonPath("$.tiers", hasSize(3)))
                .andExpect(jsonPath("$.homeHospitalBedBelow").value(45));

        send(put("/api/centers/" + id), DISTRICT, center(version, code).replace("13:00", "12:30"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.visitStart").value("12:30:00"))
                .andExpect(jsonPath("$.version").value(version + 1));
        send(put("/api/centers/" + id), DISTRICT, center(version, code))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("someone else changed")));
        send(post("/api/centers"), DISTRICT, center(null, code)).andExpect(status().isConflict());

        send(delete("/api/centers/" + id), DISTRICT, null).andExpect(status().isNoContent());
        send(get("/api/centers/" + id), DISTRICT, null).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("no health center " + id));
    }

    @Test
    void theRecordEndpointsAreInTheOpenApiDescription() throws Exception {
        String docs = http.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(docs).contains("/api/centers/{id}", "/api/teams/{id}", "/api/elders/{id}/assessments",
                "/api/contracts/{id}", "ElderRequest", "TeamView");
    }

    @Test
    void aCenterInUseIsNotDeleted() throws Exception {
        send(delete("/api/centers/" + centerId), DISTRICT, null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("still has")))
                .andExpect(jsonPath("$.detail", containsString("elder(s)")))
                .andExpect(jsonPath("$.detail", containsString("account(s)")));
    }

    @Test
    void aCenterNeedsHoursThatEndAfterTheyStart() throws Exception {
        send(post("/api/centers"), DISTRICT, center(null, AdminFixture.code("C")).replace("17:00", "12:00"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("visitEnd"));
        send(post("/api/centers"), DISTRICT, center(null, AdminFixture.code("C"))
                        .replace("13:00", "17:00:10").replace("\"17:00\"", "\"17:00:50\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("visitEnd"));
    }

    /** Issue 13, finding 2: a time PostgreSQL would store as 24:00 is kept to the minute, and the center stays readable. */
    @Test
    void visitHoursAreKeptToTheMinute() throws Exception {
        JsonNode created = read(send(post("/api/centers"), DISTRICT, center(null, AdminFixture.code("C"))
                .replace("\"17:00\"", "\"23:59:59.999999999\""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.visitEnd").value("23:59:00")));
        String path = "/api/centers/" + created.get("id").asLong();
        send(put(path), DISTRICT, center(created.get("version").asInt(), created.get("code").asText())
                .replace("13:00", "08:30:45.5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.visitStart").value("08:30:00"));
        send(get(path), DISTRICT, null).andExpect(status().isOk()).andExpect(jsonPath("$.visitStart").value("08:30:00"));
        send(delete(path), DISTRICT, null).andExpect(status().isNoContent());
    }

    @Test
    void anElderIsValidatedAndTheIdNumberIsUnique() throws Exception {
        String nationalId = fixture.nationalId();
        send(post("/api/elders"), ADMIN, elder(null, AdminFixture.code("E"), nationalId, 91))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("latitude"));
        String wrongCheck = nationalId.substring(0, 17) + (nationalId.charAt(17) == '1' ? '2' : '1');
        send(post("/api/elders"), ADMIN, elder(null, AdminFixture.code("E"), wrongCheck, 31.2))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("nationalId"));
        send(post("/api/elders"), ADMIN, elder(null, AdminFixture.code("E"), nationalId, 31.2))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.nationalId").value(nationalId))
                .andExpect(jsonPath("$.needs[0]").value("TCM"));
        send(post("/api/elders"), ADMIN, elder(null, AdminFixture.code("E"), nationalId, 31.2))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("already registered")));
    }

    @Test
    void anElderCanBeLimitedToSomeDaysOfTheWeekAndFreedAgain() throws Exception {
        String body = elder(null, AdminFixture.code("E"), fixture.nationalId(), 31.2);
        JsonNode created = read(send(post("/api/elders"), ADMIN,
                body.replace("\"needs\"", "\"visitWeekdays\": [\"THURSDAY\", \"TUESDAY\"], \"needs\""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.visitWeekdays", hasSize(2)))
                .andExpect(jsonPath("$.visitWeekdays[0]").value("TUESDAY"))
                .andExpect(jsonPath("$.visitWeekdays[1]").value("THURSDAY")));
        String path = "/api/elders/" + created.get("id").asLong();
        send(get(path), ADMIN, null).andExpect(jsonPath("$.visitWeekdays[1]").value("THURSDAY"));

        String update = elder(created.get("version").asInt(), created.get("code").asText(),
                created.get("nationalId").asText(), 31.2);
        send(put(path), ADMIN, update.replace("\"needs\"", "\"visitWeekdays\": [\"FUNDAY\"], \"needs\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", containsString("visitWeekdays")));
        send(put(path), ADMIN, update)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.visitWeekdays", hasSize(0)));
    }

    @Test
    void assessmentsAreScoredZeroToHundredAndTheLatestCounts() throws Exception {
        Elder elder = fixture.elder(fixture.demoTeam(0));
        send(post("/api/elders/" + elder.getId() + "/assessments"), ADMIN, "{\"assessedOn\": \"2026-03-01\", \"score\": 101}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("score"));
        send(post("/api/elders/" + elder.getId() + "/assessments"), ADMIN,
                "{\"assessedOn\": \"2026-03-01\", \"score\": 40, \"assessor\": \"林医生\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.latestAdlScore").value(40))
                .andExpect(jsonPath("$.assessments", hasSize(1)));
    }

    @Test
    void aDoctorSeesTheirTeamsEldersWithTheIdNumberMasked() throws Exception {
        Elder elder = fixture.elder(fixture.demoTeam(0));
        String nationalId = elder.getPerson().nationalId();
        send(get("/api/elders/" + elder.getId()), DOCTOR1, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nationalId").value(nationalId.substring(0, 6) + "**********" + nationalId.substring(16)))
                .andExpect(jsonPath("$.phone").value("13900000000"));
        send(get("/api/elders"), DOCTOR1, null)
                .andExpect(jsonPath("$[*].id", hasItem(elder.getId().intValue())));
        Elder otherTeams = fixture.elder(fixture.demoTeam(1));
        send(get("/api/elders/" + otherTeams.getId()), DOCTOR1, null)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("no elder " + otherTeams.getId()));
    }

    /** Issue 13, finding 8: another center's record is answered exactly as a missing one, so ids tell nothing. */
    @Test
    void anotherCentersRecordsAnswerLikeMissingOnes() throws Exception {
        Elder elder = fixture.elder(fixture.demoTeam(0));
        Long team = fixture.demoTeam(0).getId();
        Map<String, Long> demoRecords = Map.of("elder", elder.getId(), "team", team, "health center", centerId,
                "contract", contracts.findByElderId(elder.getId()).get(0).getId());
        Map<String, String> paths = Map.of("elder", "/api/elders/", "team", "/api/teams/",
                "health center", "/api/centers/", "contract", "/api/contracts/");
        RequestPostProcessor otherAdmin = httpBasic("other-admin", AdminFixture.OTHER_PASSWORD);
        for (Map.Entry<String, Long> record : demoRecords.entrySet()) {
            String path = paths.get(record.getKey());
            for (long id : new long[] {record.getValue(), 987_654_321L}) {
                send(get(path + id), otherAdmin, null)
                        .andExpect(status().isNotFound())
                        .andExpect(jsonPath("$.detail").value("no " + record.getKey() + " " + id));
            }
        }
        send(put("/api/elders/" + elder.getId()), otherAdmin, elder(elder.getVersion(), elder.getCode(),
                elder.getPerson().nationalId(), 31.2))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("no elder " + elder.getId()));
        send(get("/api/teams/" + team + "/visits?from=2026-12-01"), httpBasic("other-dispatcher",
                AdminFixture.OTHER_PASSWORD), null)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("no team " + team));
    }

    @Test
    void anElderWithAContractIsNotDeletedButOneWithoutIs() throws Exception {
        Elder contracted = fixture.elder(fixture.demoTeam(0));
        send(delete("/api/elders/" + contracted.getId()), ADMIN, null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("1 contract(s)")));
        Elder free = fixture.elder(null);
        send(delete("/api/elders/" + free.getId()), ADMIN, null).andExpect(status().isNoContent());
    }

    @Test
    void oneContractInForcePerElderWithConsistentDates() throws Exception {
        Team team = fixture.demoTeam(2);
        Elder elder = fixture.elder(null);
        JsonNode first = read(send(post("/api/contracts"), ADMIN, contract(null, elder.getId(), team.getId(), "2026-01-01", "2026-12-31"))
                .andExpect(status().isCreated()));
        send(post("/api/contracts"), ADMIN, contract(null, elder.getId(), team.getId(), "2026-06-01", null))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("already has contract")))
                .andExpect(jsonPath("$.conflictingContractId").value(first.get("id").asLong()));
        send(post("/api/contracts"), ADMIN, contract(null, elder.getId(), team.getId(), "2027-02-01", "2027-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("endDate"));
        send(post("/api/contracts"), ADMIN, contract(null, elder.getId(), fixture.otherTeamId(), "2027-01-01", null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("teamId"));

        long id = first.get("id").asLong();
        send(put("/api/contracts/" + id), ADMIN, contract(first.get("version").asInt(), elder.getId(), team.getId(), "2026-01-01", null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.endDate").doesNotExist());
        assertThat(contracts.findById(id).orElseThrow().getEndDate()).isNull();
    }

    @Test
    void aTeamChangeEndsTheContractTheDayBeforeAndSignsTheNewTeamFromThatDayOrChangesNothing() throws Exception {
        Elder elder = fixture.elder(fixture.demoTeam(0));
        Contract old = contracts.findByElderId(elder.getId()).get(0);
        Long newTeam = fixture.demoTeam(1).getId();
        String path = "/api/contracts/" + old.getId() + "/team-change";
        for (String[] refused : new String[][] {
                {String.valueOf(fixture.otherTeamId()), "2026-06-01", "teamId"},
                {String.valueOf(old.getTeamId()), "2026-06-01", "teamId"},
                {String.valueOf(newTeam), old.getStartDate().toString(), "from"}}) {
            send(post(path), ADMIN, teamChange(old.getVersion(), refused[0], refused[1]))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value(refused[2]));
        }
        send(post(path), DOCTOR1, teamChange(old.getVersion(), newTeam.toString(), "2026-06-01")).andExpect(status().isForbidden());
        assertThat(contracts.findByElderId(elder.getId())).singleElement()
                .satisfies(c -> assertThat(c.getEndDate()).isNull());

        JsonNode created = read(send(post(path), ADMIN, teamChange(old.getVersion(), newTeam.toString(), "2026-06-01"))
                .andExpect(status().isCreated()));
        assertThat(contracts.findById(old.getId()).orElseThrow().getEndDate()).isEqualTo(LocalDate.of(2026, 5, 31));
        Contract successor = contracts.findById(created.get("id").asLong()).orElseThrow();
        assertThat(List.of(successor.getTeamId(), successor.getServicePackage(), successor.getStartDate()))
                .containsExactly(newTeam, old.getServicePackage(), LocalDate.of(2026, 6, 1));
        assertThat(successor.getEndDate()).isNull();
        send(post(path), ADMIN, teamChange(old.getVersion(), newTeam.toString(), "2026-07-01")).andExpect(status().isConflict());
    }

    private static String teamChange(int version, String teamId, String from) {
        return """
                {"version": %d, "teamId": %s, "from": "%s"}""".formatted(version, teamId, from);
    }
}
