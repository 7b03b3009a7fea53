package com.carerounds.account;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/**
 * Too many failed sign-ins for this username or from this address, or too many sign-ins at once: no
 * password is checked until the wait ends.
 */
public class SignInThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    public SignInThrottledException(Duration retryAfter) {
        this("too many failed sign-ins: try again in " + Math.max(1, retryAfter.toSeconds()) + " seconds", retryAfter);
    }

    public SignInThrottledException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, at least one, for a Retry-After header. */
    public long retryAfterSeconds() {
        return Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
    }
}
