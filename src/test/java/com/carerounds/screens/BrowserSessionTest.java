package com.carerounds.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The browser's way in, over plain HTTP: the sign-in form gives a session, a change made with the
 * session needs the CSRF token, pages send a stranger to the form, and API clients are unaffected.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"carerounds.demo.enabled=true", "spring.application.name=browser-session"})
@ActiveProfiles("test")
class BrowserSessionTest {

    @LocalServerPort int port;
    private HttpClient browser;
    private CookieManager cookies;

    @BeforeEach
    void newBrowser() {
        cookies = new CookieManager();
        browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return browser.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> signIn(String username, String password, boolean withToken) throws Exception {
        assertThat(send(HttpRequest.newBuilder(uri("/sign-in")).build()).statusCode()).isEqualTo(200);
        String form = "username=" + username + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + (withToken ? "&_csrf=" + URLEncoder.encode(cookie("XSRF-TOKEN"), StandardCharsets.UTF_8) : "");
        return send(HttpRequest.newBuilder(uri("/sign-in")).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .header("Origin", "http://localhost:" + port)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    @Test
    void theSignInFormGivesASessionThatLandsOnTheRolesStartPage() throws Exception {
        HttpResponse<String> signedIn = signIn("doctor1", "demo-doctor", true);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(cookie("JSESSIONID")).isNotNull();
        HttpResponse<String> start = send(HttpRequest.newBuilder(uri("/")).build());
        assertThat(start.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/doctor/"));
        HttpResponse<String> me = send(HttpRequest.newBuilder(uri("/api/me")).build());
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"role\":\"DOCTOR\"");
        assertThat(send(HttpRequest.newBuilder(uri("/doctor/")).build()).body()).contains("doctor.js");
    }

    @Test
    void aWrongPasswordGoesBackToTheFormWithAnError() throws Exception {
        HttpResponse<String> refused = signIn("doctor1", "wrong-password", true);
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in?error"));
        HttpResponse<String> form = send(HttpRequest.newBuilder(uri("/sign-in?error")).build());
        assertThat(form.statusCode()).isEqualTo(200); // the form again, which then says what went wrong
        assertThat(form.body()).contains("sign-in-form");
        assertThat(cookie("JSESSIONID")).isNull();
    }

    @Test
    void theSignInFormNeedsTheCsrfToken() throws Exception {
        assertThat(signIn("doctor1", "demo-doctor", false).statusCode()).isEqualTo(403);
    }

    @Test
    void aChangeWithTheSessionNeedsTheCsrfToken() throws Exception {
        signIn("dispatcher", "demo-dispatcher", true);
        String body = "{\"month\": \"2026-12\"}"; // no center: refused after the CSRF check, before any write
        HttpResponse<String> forged = send(HttpRequest.newBuilder(uri("/api/rosters"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(forged.statusCode()).isEqualTo(403);
        HttpResponse<String> withToken = send(HttpRequest.newBuilder(uri("/api/rosters"))
                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", cookie("XSRF-TOKEN"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(withToken.statusCode()).isEqualTo(400);
        assertThat(withToken.body()).contains("centerId");
    }

    @Test
    void apiClientsNeedNoCsrfTokenAndGetNoSession() throws Exception {
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString("dispatcher:demo-dispatcher".getBytes());
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/api/rosters"))
                .header("Authorization", basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"month\": \"2026-12\"}")).build());
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
        HttpResponse<String> unsigned = send(HttpRequest.newBuilder(uri("/api/me")).build());
        assertThat(unsigned.statusCode()).isEqualTo(401);
    }

    @Test
    void aBrowserOpeningAnApiAddressIsNotAskedForABasicPassword() throws Exception {
        HttpResponse<String> navigated = send(HttpRequest.newBuilder(uri("/api/me")).header("Sec-Fetch-Mode", "navigate").build());
        assertThat(navigated.statusCode()).isEqualTo(401);
        assertThat(navigated.headers().allValues("WWW-Authenticate")).hasSize(1).allMatch(h -> h.startsWith("Bearer"));
        HttpResponse<String> client = send(HttpRequest.newBuilder(uri("/api/me")).build());
        assertThat(client.headers().allValues("WWW-Authenticate")).anyMatch(h -> h.startsWith("Basic"));
    }

    @Test
    void pagesSendStrangersToTheFormAndRefuseOtherRoles() throws Exception {
        HttpResponse<String> stranger = send(HttpRequest.newBuilder(uri("/dispatcher/")).build());
        assertThat(stranger.statusCode()).isEqualTo(302);
        assertThat(stranger.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in"));
        signIn("doctor1", "demo-doctor", true);
        HttpResponse<String> doctorAtDispatch = send(HttpRequest.newBuilder(uri("/dispatcher/")).build());
        assertThat(doctorAtDispatch.statusCode()).isEqualTo(403);
        assertThat(doctorAtDispatch.body()).contains("无权访问");
        assertThat(send(HttpRequest.newBuilder(uri("/admin/")).build()).statusCode()).isEqualTo(403);
    }
}
