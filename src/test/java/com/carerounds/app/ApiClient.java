package com.carerounds.app;

import com.carerounds.account.Account;
import com.carerounds.account.AccountRepository;
import com.carerounds.account.Role;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Plain HTTP against the running test server, so that Tomcat and every filter see exactly what is sent. */
final class ApiClient {

    static final String ADMIN = "web-admin";
    static final String PASSWORD = "web-admin-password";

    private final HttpClient client = HttpClient.newHttpClient();
    private final int port;

    ApiClient(int port, AccountRepository accounts, PasswordEncoder encoder) {
        this.port = port;
        if (!accounts.existsByUsername(ADMIN)) {
            accounts.save(new Account(ADMIN, encoder.encode(PASSWORD), Role.ADMIN, ADMIN, null, null));
        }
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest.BodyPublisher json(String body) {
        return HttpRequest.BodyPublishers.ofString(body);
    }

    static String center(String code) {
        return """
                {"code": "%s", "name": "测试中心", "address": "上海市长宁区愚园路1号", "latitude": 31.22,
                 "longitude": 121.42, "visitStart": "08:00", "visitEnd": "17:00"}""".formatted(code);
    }
}
