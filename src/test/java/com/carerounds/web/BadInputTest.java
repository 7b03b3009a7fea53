package com.carerounds.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Each bad input of issue 13's finding 9 is a 400 problem naming the field and the reason: before,
 * they were 500s, a misleading 409, or accepted and stored wrong.
 */
@SpringBootTest(properties = {"carerounds.demo.enabled=true", "spring.application.name=bad-input"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class BadInputTest {

    private static final String TEAM = """
            {"code": "%s", "name": "%s", "travelMode": "WALK", "maxVisitMinutes": 240, "maxVisits": 8,
             "members": %s, "workingDays": ["MONDAY"], "leave": %s}""";
    private static final String MEMBERS = "[{\"name\": \"李医生\", \"role\": \"GENERAL_PRACTITIONER\"}]";
    private static final String ELDER = """
            {"code": "BAD-%s", "name": "%s", "sex": "F", "birthDate": "%s", "nationalId": "%s", "phone": %s,
             "address": "上海市长宁区愚园路3号", "latitude": 31.2, "longitude": 121.4}""";

    @Autowired MockMvc http;
    @Autowired ObjectMapper json;

    @Test
    void nullsInsideListsAndMapsNameTheirPlace() throws Exception {
        assertField(post("/api/teams"), team("T-N1", "一队", "[null]", "[]"), "members[0]", "must not be null");
        assertField(post("/api/teams"), team("T-N2", "一队", MEMBERS, "[null]"), "leave[0]", "must not be null");
        assertField(post("/api/import"), "{\"elders\": null}", "elders", "must be a list of rows");
        assertField(post("/api/import"), "{\"elders\": [null]}", "elders[0]", "must be a row");

        ObjectNode policy = (ObjectNode) read(http.perform(get("/api/policy").with(admin())).andReturn().getResponse());
        ObjectNode tiers = policy.deepCopy();
        tiers.putArray("tiers").addNull();
        assertField(put("/api/policy"), tiers.toString(), "tiers[0]", "must not be null");
        ObjectNode needs = policy.deepCopy();
        needs.putArray("needRules").addNull();
        assertField(put("/api/policy"), needs.toString(), "needRules[]", "must not be null");

        int version = read(http.perform(get("/api/constraint-weights").with(admin())).andReturn().getResponse())
                .path("version").asInt();
        assertField(put("/api/constraint-weights"), "{\"version\": " + version + ", \"weights\": {\"travel-time\": null}}",
                "weights[travel-time]", "must not be null");
    }

    @Test
    void textsTooLongForTheirColumnsOrWithControlCharactersAreRefusedWithTheField() throws Exception {
        assertField(post("/api/teams"), team("T-L1", "队".repeat(201), MEMBERS, "[]"), "name",
                "must be at most 200 characters");
        assertField(post("/api/teams"), team("T-L2", "一队\\u0000", MEMBERS, "[]"), "name", "without control characters");
        assertField(post("/api/teams"), team("T-L3", "一队\\r\\nX-Injected: 1", MEMBERS, "[]"), "name", "no line breaks");
        assertField(post("/api/elders"), elder("L4", "吴老人\\n", "1936-05-06", "\"13700000000\""), "name", "no line breaks");
        assertField(post("/api/elders"), elder("L5", "吴老人", "1936-05-06", "\"" + "1".repeat(33) + "\""), "phone",
                "must be at most 32 characters");
    }

    @Test
    void implausibleDatesAndValuesOfTheWrongJsonTypeAreRefused() throws Exception {
        assertField(post("/api/elders"), elder("D1", "吴老人", "-999999999-01-01", "\"13700000000\""), "birthDate",
                "must be in the years 1900 to 2199");
        assertField(post("/api/rosters"), "{\"centerId\": 1, \"month\": \"0000-01\"}", "month", "must be in the years");
        assertField(post("/api/elders/1/assessments"), "{\"assessedOn\": \"2026-01-05\", \"score\": 1.5}", "score",
                "wrong type");
        assertField(post("/api/elders"), elder("D2", "吴老人", "1936-05-06", "true"), "phone", "wrong type");
        assertField(post("/api/elders"), elder("D3", "吴老人", "1936-05-06", "13700000000"), "phone", "wrong type");
        assertField(post("/api/rosters"), "{\"centerId\": \"1\", \"month\": \"2027-03\"}", "centerId", "wrong type");
    }

    @Test
    void implausibleDatesInTheAddressAreRefusedToo() throws Exception {
        for (String query : List.of("/api/teams/1/visits?from=+999999999-12-31", "/api/teams/1/visits?from=0000-01-01",
                "/api/rosters?centerId=1&month=-999999-01")) {
            MockHttpServletResponse response = http.perform(get(query).with(admin())).andReturn().getResponse();
            assertThat(response.getStatus()).as(query + " " + response.getContentAsString()).isEqualTo(400);
            assertThat(read(response).path("errors").toString()).as(query).contains("must be in the years");
        }
    }

    @Test
    void aWeightOnAnotherLevelThanItsConstraintIsRefused() throws Exception {
        int version = read(http.perform(get("/api/constraint-weights").with(admin())).andReturn().getResponse())
                .path("version").asInt();
        assertField(put("/api/constraint-weights"), "{\"version\": " + version + ", \"weights\": {\"travel-time\": \"1hard\"}}",
                "weights.travel-time", "soft");
        assertField(put("/api/constraint-weights"), "{\"version\": " + version + ", \"weights\": {\"Travel time\": \"1hard\"}}",
                "weights.Travel time", "is no constraint");
    }

    @Test
    void leaveThatOverlapsOrEndsBeforeItStartsIsRefusedWithItsPlace() throws Exception {
        assertField(post("/api/teams"), team("T-V1", "一队", MEMBERS, """
                [{"startDate": "2027-01-04", "endDate": "2027-01-08"}, {"startDate": "2027-01-04", "endDate": "2027-01-05"}]"""),
                "leave[1]", "overlaps leave[0]");
        assertField(post("/api/teams"), team("T-V2", "一队", MEMBERS, """
                [{"startDate": "2027-01-08", "endDate": "2027-01-04"}]"""), "leave[0].endDate", "on or after startDate");
    }

    @Test
    void aTeamChangeWithoutAVersionIsA400LikeEveryOtherRecord() throws Exception {
        JsonNode team = read(http.perform(get("/api/teams/1").with(admin())).andReturn().getResponse());
        assertField(put("/api/teams/1"), team(team.path("code").asText(), "一队", MEMBERS, "[]"), "version", "is required");
    }

    private String team(String code, String name, String members, String leave) {
        return TEAM.formatted(code, name, members, leave);
    }

    private static String elder(String code, String name, String birthDate, String phone) {
        return ELDER.formatted(code, name, birthDate, "310105193803050022", phone);
    }

    private void assertField(MockHttpServletRequestBuilder request, String body, String field, String reason)
            throws Exception {
        MockHttpServletResponse response = http.perform(request.with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode errors = read(response).path("errors");
        assertThat(errors).as(response.getContentAsString()).anySatisfy(error -> {
            assertThat(error.path("field").asText()).isEqualTo(field);
            assertThat(error.path("reason").asText()).contains(reason);
        });
    }

    private JsonNode read(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return httpBasic("admin", "demo-admin");
    }
}
