package com.carerounds.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Sign-in for a bearer token, its lifetime and sign-out, and the throttling of failed sign-ins per
 * username and per address, on a clock the test moves instead of waiting.
 */
@SpringBootTest(properties = {"carerounds.admin.username=signin-admin", "carerounds.admin.password=signin-admin-pw"})
@ActiveProfiles("test")
class SignInTest {

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2027-01-05T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
        }
    }

    @Autowired WebApplicationContext context;
    @Autowired MutableClock clock;
    @Autowired AccountRepository accounts;
    @Autowired PasswordEncoder encoder;
    @Autowired ObjectMapper json;
    MockMvc http;

    @BeforeEach
    void setUp() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        for (String name : new String[] {"victim", "bystander", "doctor-like"}) {
            if (!accounts.existsByUsername(name)) {
                accounts.save(new Account(name, encoder.encode(name + "-password"), Role.ADMIN, name, null, null));
            }
        }
    }

    @Test
    void aSignInGivesATokenThatSignsRequestsInUntilItsLifetimeEnds() throws Exception {
        String token = signIn("signin-admin", "signin-admin-pw", "10.0.1.1")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tokenType").value("Bearer"))
                .andExpect(jsonPath("$.expiresIn").value(3600))
                .andExpect(jsonPath("$.role").value("ADMIN"))
                .andReturn().getResponse().getContentAsString();
        String bearer = "Bearer " + json.readTree(token).get("accessToken").asText();

        http.perform(get("/api/me").header("Authorization", bearer))
                .andExpect(status().isOk()).andExpect(jsonPath("$.username").value("signin-admin"));

        clock.advance(Duration.ofMinutes(59));
        http.perform(get("/api/me").header("Authorization", bearer)).andExpect(status().isOk());

        clock.advance(Duration.ofMinutes(1));
        http.perform(get("/api/me").header("Authorization", bearer))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", containsString("error=\"invalid_token\"")))
                .andExpect(jsonPath("$.detail", containsString("sign in again")));
    }

    @Test
    void signingOutEndsTheToken() throws Exception {
        String bearer = bearer("signin-admin", "signin-admin-pw", "10.0.2.1");
        http.perform(post("/api/sign-out").header("Authorization", bearer)).andExpect(status().isNoContent());
        http.perform(get("/api/me").header("Authorization", bearer)).andExpect(status().isUnauthorized());
    }

    @Test
    void aMadeUpTokenAndNoSignInAre401WithTheSchemesToUse() throws Exception {
        http.perform(get("/api/me").header("Authorization", "Bearer made-up"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Bearer")));
        var anonymous = http.perform(get("/api/me")).andExpect(status().isUnauthorized()).andReturn().getResponse();
        assertThat(anonymous.getHeaders("WWW-Authenticate"))
                .containsExactly("Bearer realm=\"CareRounds\"", "Basic realm=\"CareRounds\", charset=\"UTF-8\"");
        signIn("signin-admin", "not-the-password", "10.0.3.1")
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("wrong username or password"));
    }

    @Test
    void failedSignInsLockThatUsernameForTheWindowAndNobodyElse() throws Exception {
        String signedInBefore = bearer("doctor-like", "doctor-like-password", "10.0.4.2");
        for (int i = 0; i < 5; i++) {
            signIn("victim", "guess-" + i, "10.0.4.1").andExpect(status().isUnauthorized());
        }
        // The username is locked wherever the attempt comes from, even with the right password, and for
        // HTTP Basic as for the sign-in endpoint.
        signIn("victim", "victim-password", "10.0.4.9")
                .andExpect(status().isTooManyRequests())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("Retry-After", "900"))
                .andExpect(jsonPath("$.detail", containsString("too many failed sign-ins")));
        http.perform(get("/api/me").with(httpBasic("victim", "victim-password")).with(from("10.0.4.9")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
        // Another account from the guesser's own address, and a user signed in before, go on as usual.
        signIn("bystander", "bystander-password", "10.0.4.1").andExpect(status().isOk());
        http.perform(get("/api/me").header("Authorization", signedInBefore)).andExpect(status().isOk());

        clock.advance(Duration.ofMinutes(10));
        signIn("victim", "victim-password", "10.0.4.9")
                .andExpect(status().isTooManyRequests()).andExpect(header().string("Retry-After", "300"));
        clock.advance(Duration.ofMinutes(5));
        signIn("victim", "victim-password", "10.0.4.9").andExpect(status().isOk());
    }

    @Test
    void failedSignInsFromOneAddressLockThatAddressOnly() throws Exception {
        for (int i = 0; i < 20; i++) {
            signIn("nobody-" + i, "guess", "10.0.5.1").andExpect(status().isUnauthorized());
        }
        signIn("bystander", "bystander-password", "10.0.5.1").andExpect(status().isTooManyRequests());
        signIn("bystander", "bystander-password", "10.0.5.2").andExpect(status().isOk());
    }

    private ResultActions signIn(String username, String password, String address) throws Exception {
        return http.perform(post("/api/sign-in").with(from(address)).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(new SignInController.SignInRequest(username, password))));
    }

    private String bearer(String username, String password, String address) throws Exception {
        String body = signIn(username, password, address).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return "Bearer " + json.readTree(body).get("accessToken").asText();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
