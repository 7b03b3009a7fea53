package com.carerounds.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.carerounds.account.AccountRepository;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * An {@code Accept} header that rules out JSON is refused before the operation runs: nothing is written
 * and a retry with JSON succeeds (issue 13, finding 4: the roster was created, then the answer was 406).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NotAcceptableBeforeWriteTest {

    @LocalServerPort int port;
    @Autowired AccountRepository accounts;
    @Autowired PasswordEncoder encoder;
    ApiClient api;

    @BeforeEach
    void admin() {
        api = new ApiClient(port, accounts, encoder);
    }

    @Test
    void aCenterAndARosterAreNotCreatedWhenTheAnswerCannotBeJson() throws Exception {
        HttpResponse<String> refused = api.send(api.request("/api/centers").header("Accept", "application/xml")
                .header("Content-Type", "application/json").POST(ApiClient.json(ApiClient.center("NOT-ACC"))));
        assertThat(refused.statusCode()).isEqualTo(406);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body()).contains("application/json");
        assertThat(api.send(api.request("/api/centers")).body()).doesNotContain("NOT-ACC");

        HttpResponse<String> center = api.send(api.request("/api/centers").header("Content-Type", "application/json")
                .POST(ApiClient.json(ApiClient.center("NOT-ACC"))));
        assertThat(center.statusCode()).as(center.body()).isEqualTo(201);
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(center.body());
        assertThat(id.find()).isTrue();
        String roster = "{\"centerId\": " + id.group(1) + ", \"month\": \"2027-02\"}";

        assertThat(api.send(api.request("/api/rosters").header("Accept", "application/xml")
                .header("Content-Type", "application/json").POST(ApiClient.json(roster))).statusCode()).isEqualTo(406);
        // Had the refused request written the roster, this would be 409 "a roster exists".
        HttpResponse<String> created = api.send(api.request("/api/rosters").header("Content-Type", "application/json")
                .POST(ApiClient.json(roster)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    @Test
    void everyWriteChecksAcceptFirst() throws Exception {
        for (String[] write : List.of(new String[] {"POST", "/api/contracts"}, new String[] {"POST", "/api/visits/1/outcome"},
                new String[] {"PUT", "/api/policy"}, new String[] {"POST", "/api/import"},
                new String[] {"PUT", "/api/elders/1"}, new String[] {"DELETE", "/api/teams/1?version=0"})) {
            HttpResponse<String> response = api.send(api.request(write[1]).header("Accept", "text/csv")
                    .header("Content-Type", "application/json").method(write[0], ApiClient.json("{}")));
            assertThat(response.statusCode()).as(String.join(" ", write)).isEqualTo(406);
        }
    }

    @Test
    void acceptHeadersThatAllowJsonAreServed() throws Exception {
        for (String accept : List.of("application/json", "*/*", "application/problem+json", "application/*",
                "text/html,application/xhtml+xml,*/*;q=0.8")) {
            assertThat(api.send(api.request("/api/me").header("Accept", accept)).statusCode()).as(accept).isEqualTo(200);
        }
        for (String accept : List.of("application/json;q=0", "text/plain", "not a media type")) {
            assertThat(api.send(api.request("/api/me").header("Accept", accept)).statusCode()).as(accept).isEqualTo(406);
        }
    }
}
