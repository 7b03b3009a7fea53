package com.carerounds.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.carerounds.account.AccountRepository;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Requests Tomcat, Spring Security or Spring MVC refuse before any CareRounds code runs are answered as
 * problem details with a reason, never as a 500 or a container's own page (issue 13, finding 9).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FrameworkErrorsTest {

    @LocalServerPort int port;
    @Autowired AccountRepository accounts;
    @Autowired PasswordEncoder encoder;
    ApiClient api;

    @BeforeEach
    void admin() {
        api = new ApiClient(port, accounts, encoder);
    }

    @Test
    void multipartWithoutABoundaryIsA400() throws Exception {
        HttpResponse<String> response = api.send(api.request("/api/centers")
                .header("Content-Type", "multipart/form-data").POST(ApiClient.json(ApiClient.center("MP"))));
        assertProblem(response, 400, "boundary");
    }

    @Test
    void matrixParametersAndEncodedSlashesAre400s() throws Exception {
        assertProblem(api.send(api.request("/api/teams/1;x=y")), 400, "matrix parameters");
        assertProblem(api.send(api.request("/api/teams/1%2F2")), 400, "encoded '/'");
        assertProblem(api.send(api.request("/api/teams/1%5C2")), 400, "encoded '/'");
    }

    @Test
    void anUnknownAddressIsA404Problem() throws Exception {
        assertProblem(api.send(api.request("/api/no-such-thing")), 404, "");
    }

    @Test
    void anAddressTomcatRefusesItselfIsAProblemToo() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /api/teams/1|2 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json")
                    .contains("\"status\":400").doesNotContainIgnoringCase("<html");
        }
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"status\":" + status).contains("\"detail\":").contains(detail)
                .doesNotContain("Exception").doesNotContain("<html");
    }
}
