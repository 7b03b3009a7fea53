package com.carerounds.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The OpenAPI description names its sign-in schemes and the status codes operations really answer. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OpenApiDescriptionTest {

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    JsonNode api;

    @BeforeEach
    void read() throws Exception {
        api = json.readTree(http.getForObject("/v3/api-docs", String.class));
    }

    @Test
    void aTitleAVersionAndASummaryForEveryOperation() {
        assertThat(api.at("/info/title").asText()).isEqualTo("CareRounds API");
        assertThat(api.at("/info/version").asText()).isNotBlank();
        List<String> withoutSummary = new ArrayList<>();
        operations((path, method, operation) -> {
            if (operation.path("summary").asText().isBlank()) {
                withoutSummary.add(method + " " + path);
            }
        });
        assertThat(withoutSummary).isEmpty();
        assertThat(api.path("paths").has("/error")).isFalse();
    }

    @Test
    void bearerAndBasicSignInAreDeclaredSoSwaggerUiCanAuthorize() {
        assertThat(api.at("/components/securitySchemes/bearerToken/type").asText()).isEqualTo("http");
        assertThat(api.at("/components/securitySchemes/bearerToken/scheme").asText()).isEqualTo("bearer");
        assertThat(api.at("/components/securitySchemes/basic/scheme").asText()).isEqualTo("basic");
        assertThat(api.path("security").findValuesAsText("bearerToken")).isNotNull();
        assertThat(api.path("security").toString()).contains("bearerToken").contains("basic");
        JsonNode signIn = api.at("/paths/~1api~1sign-in/post");
        assertThat(signIn.path("security").isArray() && signIn.path("security").isEmpty()).as("sign-in is open").isTrue();
        List<String> without401 = new ArrayList<>();
        operations((path, method, operation) -> {
            if (!path.equals("/api/sign-in") && !operation.at("/responses/401").isObject()) {
                without401.add(method + " " + path);
            }
        });
        assertThat(without401).isEmpty();
        assertThat(api.at("/paths/~1api~1me/get/responses/401/headers/WWW-Authenticate").isObject()).isTrue();
    }

    @Test
    void createsAre201AndDeletes204AsAnswered() {
        for (String path : List.of("/api/rosters", "/api/centers", "/api/elders", "/api/contracts", "/api/teams",
                "/api/elders/{id}/assessments")) {
            JsonNode responses = api.path("paths").path(path).path("post").path("responses");
            assertThat(responses.has("201")).as("POST " + path + " documents 201").isTrue();
            assertThat(responses.has("200")).as("POST " + path + " documents no 200").isFalse();
            assertThat(responses.at("/201/content").isObject()).as("POST " + path + " 201 has a body").isTrue();
        }
        for (String path : List.of("/api/centers/{id}", "/api/elders/{id}", "/api/contracts/{id}", "/api/teams/{id}")) {
            assertThat(api.path("paths").path(path).path("delete").path("responses").has("204")).as(path).isTrue();
        }
        assertThat(api.at("/paths/~1api~1rosters~1{id}~1solve/post/responses").has("202")).isTrue();
    }

    private interface OperationVisitor {
        void visit(String path, String method, JsonNode operation);
    }

    private void operations(OperationVisitor visitor) {
        api.path("paths").fields().forEachRemaining(path -> path.getValue().fields()
                .forEachRemaining(op -> visitor.visit(path.getKey(), op.getKey(), op.getValue())));
    }
}
