package com.carerounds.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a sign-in lasts and when failed sign-ins are throttled ({@code carerounds.signin.*}).
 *
 * @param tokenLifetime     how long a bearer token from {@code POST /api/sign-in} is valid; a client signs in
 *                          again after it (default 1 hour)
 * @param basicCacheLifetime how long a verified HTTP Basic username and password are remembered, so the
 *                          password hash is checked once in that time and not on every request (default 5 minutes)
 * @param failureWindow     the window over which failed sign-ins are counted (default 15 minutes)
 * @param accountFailures   failed sign-ins for one username within the window before that username is refused
 *                          until the window ends (default 5)
 * @param addressFailures   failed sign-ins from one client address within the window before that address is
 *                          refused until the window ends (default 20)
 * @param passwordChecksAtOnce how many password hashes are checked at the same time; more sign-ins wait, so a
 *                          flood of sign-ins from many addresses cannot take every core from signed-in users
 *                          (default 0: half the processors, at least one)
 * @param passwordCheckWait how long a sign-in waits for its turn before it is answered 429 (default 5 seconds)
 */
@ConfigurationProperties("carerounds.signin")
public record SignInProperties(
        @DefaultValue("1h") Duration tokenLifetime,
        @DefaultValue("5m") Duration basicCacheLifetime,
        @DefaultValue("15m") Duration failureWindow,
        @DefaultValue("5") int accountFailures,
        @DefaultValue("20") int addressFailures,
        @DefaultValue("0") int passwordChecksAtOnce,
        @DefaultValue("5s") Duration passwordCheckWait) {

    public SignInProperties {
        if (tokenLifetime.isNegative() || tokenLifetime.isZero() || basicCacheLifetime.isNegative()
                || failureWindow.isNegative() || failureWindow.isZero() || accountFailures < 1 || addressFailures < 1
                || passwordChecksAtOnce < 0 || passwordCheckWait.isNegative()) {
            throw new IllegalArgumentException("carerounds.signin: lifetimes and windows must be positive, "
                    + "failure limits at least 1");
        }
    }

    /** The configured number, or half the processors (at least one) for 0. */
    public int passwordChecks() {
        return passwordChecksAtOnce > 0 ? passwordChecksAtOnce
                : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }
}
