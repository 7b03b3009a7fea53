package com.carerounds.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Sign-in with a username and password for a short-lived bearer token, and sign-out. */
@RestController
class SignInController {

    private final PasswordCheck passwords;
    private final AccessTokens tokens;

    SignInController(PasswordCheck passwords, AccessTokens tokens) {
        this.passwords = passwords;
        this.tokens = tokens;
    }

    public record SignInRequest(@NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 200) String password) {
        @Override
        public String toString() {
            return "SignInRequest[" + username + "]";
        }
    }

    /** Send {@code Authorization: Bearer <accessToken>} until {@code expiresAt}, then sign in again. */
    public record SignedIn(String accessToken, String tokenType, long expiresIn, Instant expiresAt, String username,
                           Role role) {
        @Override
        public String toString() {
            return "SignedIn[" + username + ", " + role + "]";
        }
    }

    @Operation(summary = "Sign in with a username and password and receive a short-lived bearer token.")
    @ApiResponse(responseCode = "200", description = "signed in")
    @ApiResponse(responseCode = "401", description = "wrong username or password")
    @ApiResponse(responseCode = "429", description = "too many failed sign-ins for this username or address")
    @SecurityRequirements
    @PostMapping("/api/sign-in")
    SignedIn signIn(@Valid @RequestBody SignInRequest request, HttpServletRequest http) {
        UsernamePasswordAuthenticationToken attempt =
                UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password());
        attempt.setDetails(new WebAuthenticationDetails(http));
        SignedInUser user = (SignedInUser) passwords.authenticate(attempt).getPrincipal();
        AccessTokens.Issued issued = tokens.issue(user);
        return new SignedIn(issued.token(), "Bearer", issued.lifetime().toSeconds(), issued.expiresAt(),
                user.username(), user.role());
    }

    @Operation(summary = "Sign out: the bearer token sent with this request stops working.")
    @ApiResponse(responseCode = "204", description = "signed out")
    @PostMapping("/api/sign-out")
    ResponseEntity<Void> signOut(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            tokens.revoke(authorization.substring(7).strip());
        }
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(BadCredentialsException.class)
    ResponseEntity<ProblemDetail> wrongPassword(BadCredentialsException e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"CareRounds\"")
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "wrong username or password"));
    }

    @ExceptionHandler(SignInThrottledException.class)
    ResponseEntity<ProblemDetail> throttled(SignInThrottledException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage()));
    }
}
