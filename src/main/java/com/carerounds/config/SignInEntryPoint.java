package com.carerounds.config;

import com.carerounds.account.SignInThrottledException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * The answer to a request that is not signed in: 401 with the schemes CareRounds accepts in
 * {@code WWW-Authenticate} (RFC 9110), or 429 with {@code Retry-After} while sign-ins are throttled.
 */
class SignInEntryPoint implements AuthenticationEntryPoint {

    static final String REALM = "realm=\"CareRounds\"";

    private final ObjectMapper json;

    SignInEntryPoint(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof SignInThrottledException throttled) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
            Problems.write(response, json, HttpStatus.TOO_MANY_REQUESTS, throttled.getMessage());
            return;
        }
        if (e instanceof BearerTokenFilter.InvalidTokenException) {
            response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer " + REALM
                    + ", error=\"invalid_token\", error_description=\"the token is unknown or has expired\"");
            Problems.write(response, json, HttpStatus.UNAUTHORIZED,
                    "the token is unknown or has expired: sign in again at POST /api/sign-in");
            return;
        }
        response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer " + REALM);
        // A browser opening an API address would ask for a Basic password and then send it with every
        // request, another site's too, with no CSRF token: browsers sign in with the form instead.
        if (!"navigate".equals(request.getHeader("Sec-Fetch-Mode"))) {
            response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic " + REALM + ", charset=\"UTF-8\"");
        }
        Problems.write(response, json, HttpStatus.UNAUTHORIZED, e instanceof org.springframework.security
                .authentication.BadCredentialsException ? "wrong username or password"
                : "sign in to use CareRounds: POST /api/sign-in for a bearer token");
    }
}
