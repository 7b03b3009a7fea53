package com.carerounds.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.carerounds.contract.ContractRepository;
import com.carerounds.elder.Elder;
import com.carerounds.team.Team;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every administration endpoint × every kind of user: anonymous, each role of the demo center, staff of
 * another center, and a deployment administrator. "A" means the request got past sign-in and
 * permissions (whatever it then answered: writes carry a stale version or hit a record in use, so
 * they change nothing); "D" is 403; "H" is 404, another center's record answered as a missing one;
 * anonymous always gets 401.
 */
// Its own context (application name): these tests add centers, staff and elders to the demo database.
@SpringBootTest(properties = {"carerounds.demo.enabled=true", "spring.application.name=administration"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AdministrationPermissionTest {

    /** Column order of the expectations below. */
    private static final List<String> USERS = List.of("admin", "dispatcher", "doctor1", "doctor2", "other-admin",
            "other-dispatcher", "other-doctor", "district-admin");

    private static final String STALE = "\"version\": 999999";
    private static final String TEAM_BODY = "{%s, \"code\": \"{code}\", \"name\": \"新团队\", "
            + "\"travelMode\": \"WALK\", \"maxVisitMinutes\": 240, \"maxVisits\": 8, "
            + "\"members\": [{\"name\": \"钱医生\", \"role\": \"GENERAL_PRACTITIONER\"}], \"workingDays\": [\"MONDAY\"]}";
    private static final String ELDER_BODY = "{%s, \"centerId\": {center}, \"code\": \"{code}\", \"name\": \"孙老人\", "
            + "\"sex\": \"M\", \"birthDate\": \"1941-02-03\", \"nationalId\": \"{nationalId}\", "
            + "\"address\": \"上海市长宁区安化路2号\", \"latitude\": 31.21, \"longitude\": 121.42}";
    private static final String CENTER_BODY = "{%s, \"code\": \"{code}\", \"name\": \"新中心\", \"address\": \"上海市\", "
            + "\"latitude\": 31.2, \"longitude\": 121.4, \"visitStart\": \"13:00\", \"visitEnd\": \"17:00\"}";
    private static final String CONTRACT_BODY = "{%s, \"elderId\": {spareElder}, \"teamId\": {team}, "
            + "\"servicePackage\": \"BASIC\", \"startDate\": \"2026-01-01\"}";
    private static final String POLICY_BODY = "{" + STALE + ", \"homeHospitalBedBelow\": 45, \"routineMinutes\": 30, "
            + "\"homeHospitalBedMinutes\": 45, \"homeHospitalBedSkill\": \"NURSING\", "
            + "\"tiers\": [{\"minAdl\": 0, \"visitsPerMonth\": 4, \"minGapDays\": 4}], \"needRules\": []}";

    private record Row(HttpMethod method, String path, String body, String expected) {
    }

    private static final List<Row> ROWS = List.of(
            new Row(HttpMethod.GET, "/api/centers", null, "AADDAADA"),
            new Row(HttpMethod.GET, "/api/centers/{center}", null, "AADDHHDA"),
            new Row(HttpMethod.POST, "/api/centers", CENTER_BODY.formatted("\"version\": null"), "DDDDDDDA"),
            new Row(HttpMethod.PUT, "/api/centers/{center}", CENTER_BODY.formatted(STALE), "ADDDHDDA"),
            new Row(HttpMethod.DELETE, "/api/centers/{center}", null, "DDDDDDDA"),
            new Row(HttpMethod.GET, "/api/teams?centerId={center}", null, "AADDDDDA"),
            new Row(HttpMethod.GET, "/api/teams/{team}", null, "AADDHHDA"),
            new Row(HttpMethod.POST, "/api/teams?centerId={center}", TEAM_BODY.formatted("\"version\": null"), "ADDDDDDA"),
            new Row(HttpMethod.PUT, "/api/teams/{team}", TEAM_BODY.formatted(STALE), "ADDDHDDA"),
            new Row(HttpMethod.DELETE, "/api/teams/{team}?version=999999", null, "ADDDHDDA"),
            new Row(HttpMethod.GET, "/api/elders?centerId={center}", null, "AAAADDAA"),
            new Row(HttpMethod.GET, "/api/elders/{elder}", null, "AAAHHHHA"),
            new Row(HttpMethod.POST, "/api/elders", ELDER_BODY.formatted("\"version\": null"), "ADDDDDDA"),
            new Row(HttpMethod.PUT, "/api/elders/{elder}", ELDER_BODY.formatted(STALE), "ADDDHDDA"),
            new Row(HttpMethod.DELETE, "/api/elders/{elder}", null, "ADDDHDDA"),
            new Row(HttpMethod.POST, "/api/elders/{elder}/assessments",
                    "{\"assessedOn\": \"2026-01-05\", \"score\": 50}", "ADDDHDDA"),
            new Row(HttpMethod.GET, "/api/contracts?centerId={center}", null, "AADDDDDA"),
            new Row(HttpMethod.GET, "/api/contracts/{contract}", null, "AADDHHDA"),
            new Row(HttpMethod.POST, "/api/contracts", CONTRACT_BODY.formatted("\"version\": null"), "ADDDHDDA"),
            new Row(HttpMethod.PUT, "/api/contracts/{contract}", CONTRACT_BODY.formatted(STALE), "ADDDHDDA"),
            new Row(HttpMethod.POST, "/api/contracts/{contract}/team-change",
                    "{" + STALE + ", \"teamId\": {team}, \"from\": \"2026-06-01\"}", "ADDDHDDA"),
            new Row(HttpMethod.DELETE, "/api/contracts/{contract}", null, "ADDDHDDA"),
            new Row(HttpMethod.GET, "/api/rosters?centerId={center}", null, "AADDDDDA"),
            new Row(HttpMethod.GET, "/api/policy?centerId={center}", null, "AADDDDDA"),
            new Row(HttpMethod.PUT, "/api/policy?centerId={center}", POLICY_BODY, "ADDDDDDA"),
            new Row(HttpMethod.GET, "/api/constraint-weights?centerId={center}", null, "AADDDDDA"),
            new Row(HttpMethod.PUT, "/api/constraint-weights?centerId={center}",
                    "{" + STALE + ", \"weights\": {}}", "ADDDDDDA"));

    @Autowired MockMvc http;
    @Autowired AdminFixture fixture;
    @Autowired ContractRepository contracts;

    private Map<String, String> ids;

    /** Fresh elders each time: the contract row deletes its contract when allowed. */
    @BeforeEach
    void data() {
        fixture.otherCenterWithStaff();
        Team team1 = fixture.demoTeam(0);
        Elder elder = fixture.elder(team1);
        Elder spare = fixture.elder(null);
        ids = Map.of("{center}", fixture.demoCenter().getId().toString(), "{team}", team1.getId().toString(),
                "{elder}", elder.getId().toString(), "{spareElder}", spare.getId().toString(),
                "{contract}", contracts.findByElderId(elder.getId()).get(0).getId().toString(),
                "{code}", AdminFixture.code("P"), "{nationalId}", fixture.nationalId());
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Row row : ROWS) {
            cases.add(Arguments.of(row.method() + " " + row.path(), row, "anonymous"));
            for (String user : USERS) {
                cases.add(Arguments.of(row.method() + " " + row.path(), row, user));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {2}")
    @MethodSource("cases")
    void roleAndPlaceDecide(String name, Row row, String user) throws Exception {
        MockHttpServletRequestBuilder call = request(row.method(), fill(row.path()));
        if (row.body() != null) {
            call.contentType(MediaType.APPLICATION_JSON).content(fill(row.body()));
        }
        if (!user.equals("anonymous")) {
            call.with(httpBasic(user, user.startsWith("other") || user.startsWith("district")
                    ? AdminFixture.OTHER_PASSWORD : "demo-" + user.replaceAll("\\d", "")));
        }
        var response = http.perform(call).andReturn().getResponse();

        String expected = user.equals("anonymous") ? "anonymous"
                : switch (row.expected().charAt(USERS.indexOf(user))) {
                    case 'A' -> "allowed";
                    case 'H' -> "hidden";
                    default -> "denied";
                };
        int status = response.getStatus();
        String got = status == 401 ? "anonymous" : status == 403 ? "denied" : status == 404 ? "hidden" : "allowed";
        assertThat(got).as("%s %s as %s answered %d %s", row.method(), row.path(), user, status,
                response.getContentAsString()).isEqualTo(expected);
        assertThat(status).as("no server error").isLessThan(500);
        if (got.equals("allowed")) {
            // The bodies are valid, so a 400 here would mean the scope check was never reached.
            assertThat(status).as("%s %s as %s", row.method(), row.path(), user).isNotEqualTo(400);
        }
        if (status == 401 || status == 403 || status == 404) {
            assertThat(response.getContentType()).isEqualTo("application/problem+json");
        }
    }

    private String fill(String template) {
        String text = template;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            text = text.replace(id.getKey(), id.getValue());
        }
        return text;
    }
}
