package com.carerounds.settings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Every {@code carerounds.*} setting, typed and checked when the service starts: a wrong value
 * stops the start with the setting's name instead of surfacing in the first solve. The solver's
 * search tuning (move weights, acceptor) is in {@code solverConfig.xml}; its time limits are
 * OptaPlanner's own {@code optaplanner.solver.termination.*} properties.
 */
@Validated
@ConfigurationProperties("carerounds")
public record CareRoundsSettings(@Valid @NotNull @DefaultValue Travel travel,
                                 @Valid @NotNull @DefaultValue Solver solver,
                                 @Valid @NotNull @DefaultValue Replan replan,
                                 @Valid @NotNull @DefaultValue WhatIf whatIf,
                                 @Valid @NotNull @DefaultValue Admin admin,
                                 @Valid @NotNull @DefaultValue Demo demo,
                                 @Valid @NotNull @DefaultValue SignIn signin,
                                 @Valid @NotNull @DefaultValue Privacy privacy,
                                 @Valid @NotNull @DefaultValue RouteMap map) {

    /**
     * The route map's background ({@code carerounds.map.*}); the browser fetches the tiles itself.
     *
     * @param tileUrl     a tile URL template with {z}, {x} and {y} (Leaflet's), e.g. 天地图's with the
     *                    center's key (env CARE_MAP_TILE_URL); empty for none (default): the map draws the
     *                    routes and points on a plain background, so it works offline
     * @param attribution the tile provider's credit shown on the map, as their terms require (default empty)
     */
    public record RouteMap(@DefaultValue("") String tileUrl, @DefaultValue("") String attribution) {

        public RouteMap {
            if (!tileUrl.isEmpty() && !(tileUrl.startsWith("https://") || tileUrl.startsWith("http://"))) {
                throw new IllegalArgumentException("carerounds.map.tile-url must be an http(s) URL template, or empty");
            }
        }
    }

    /**
     * @param detourFactor street distance over great-circle distance (default 1.3, a typical city's)
     */
    public record Travel(@DefaultValue("1.3") @DecimalMin("1.0") @DecimalMax("3.0") double detourFactor) {
    }

    /**
     * @param saveInterval  the best plan so far is saved at most this often during a solve (default 5 s)
     * @param parallelSolves solves that run at once, one core each; more wait their turn (default 1)
     */
    public record Solver(@DefaultValue("5s") @NotNull Duration saveInterval,
                         @DefaultValue("1") @Min(1) @Max(64) int parallelSolves) {

        public Solver {
            if (saveInterval != null && (saveInterval.isNegative() || saveInterval.isZero())) {
                throw new IllegalArgumentException("carerounds.solver.save-interval must be positive");
            }
        }
    }

    /**
     * @param frozenWorkingDays working days after today that a re-plan of a published roster keeps as
     *                          they are, besides today (default 1: today and the next working day,
     *                          whose lists the teams already have)
     * @param overtimeMinutes   how far past its capacity a team's day may run in a re-plan of a published
     *                          roster, each minute paid for by the overtime constraint (default 30: about
     *                          one more visit, what a team stays on for when a colleague falls ill or a
     *                          visit must be made up; 0 keeps every day within its capacity)
     */
    public record Replan(@DefaultValue("1") @Min(0) @Max(10) int frozenWorkingDays,
                         @DefaultValue("30") @Min(0) @Max(240) int overtimeMinutes) {
    }

    /**
     * The quick re-plan of a what-if (a capacity or leave change tried, not saved), which the answer waits
     * for: its search ends after a number of steps, or earlier when that many go by without improving.
     *
     * @param steps           local-search steps at most (default 1000)
     * @param unimprovedSteps steps without a better plan after which it ends (default 300)
     * @param timeLimit       a guard on a slow machine: it ends then whatever the steps (default 10 s)
     */
    public record WhatIf(@DefaultValue("1000") @Min(1) @Max(1_000_000) int steps,
                         @DefaultValue("300") @Min(1) @Max(1_000_000) int unimprovedSteps,
                         @DefaultValue("10s") @NotNull Duration timeLimit) {

        public WhatIf {
            if (timeLimit != null && (timeLimit.isNegative() || timeLimit.isZero())) {
                throw new IllegalArgumentException("carerounds.what-if.time-limit must be positive");
            }
        }
    }

    /**
     * The first administrator of a real deployment, created at start if absent (no built-in password).
     *
     * @param username empty for none (default)
     * @param password at least 10 characters
     * @param center   a center's code for that center's administrator; empty for every center (default)
     */
    public record Admin(@DefaultValue("") String username, @DefaultValue("") String password,
                        @DefaultValue("") String center) {

        @Override
        public String toString() {
            return "Admin[" + username + ", " + center + "]";
        }
    }

    /**
     * @param enabled  load the demo center on the first start (default off; the shipped properties turn it on)
     * @param location where the demo dataset's files are (default the copy inside the jar)
     */
    public record Demo(@DefaultValue("false") boolean enabled,
                       @DefaultValue("classpath:data/demo/") String location) {
    }

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
    public record SignIn(
            @DefaultValue("1h") Duration tokenLifetime,
            @DefaultValue("5m") Duration basicCacheLifetime,
            @DefaultValue("15m") Duration failureWindow,
            @DefaultValue("5") int accountFailures,
            @DefaultValue("20") int addressFailures,
            @DefaultValue("0") int passwordChecksAtOnce,
            @DefaultValue("5s") Duration passwordCheckWait) {

        public SignIn {
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

    /**
     * The keys that protect elders' national ID numbers and phones at rest ({@code carerounds.privacy.*};
     * rotation in ops/README.md, "Personal data keys"). Each key is 32 random bytes in base64
     * ({@code openssl rand -base64 32}).
     *
     * @param key          encrypts (AES-256-GCM) new and rotated values (env CARE_PRIVACY_KEY)
     * @param previousKeys earlier keys, which only decrypt: values under them are re-encrypted with {@code key}
     *                     at start (env CARE_PRIVACY_PREVIOUS_KEYS, comma-separated; default none)
     * @param hashKey      keys the fingerprints (HMAC-SHA256) that keep national IDs unique and findable
     *                     (env CARE_PRIVACY_HASH_KEY); on a change they are recomputed at start
     * @param demoKeys     without keys, use the published demo keys (the embedded database's shipped
     *                     properties turn it on; the postgres profile turns it off, so it refuses to start
     *                     without keys; default off)
     */
    public record Privacy(@DefaultValue("") String key, @DefaultValue("") List<String> previousKeys,
                          @DefaultValue("") String hashKey, @DefaultValue("false") boolean demoKeys) {

        public Privacy {
            previousKeys = previousKeys.stream().filter(k -> !k.isBlank()).toList();
            if (key.isBlank() != hashKey.isBlank()) {
                throw new IllegalArgumentException("set both carerounds.privacy.key and carerounds.privacy.hash-key "
                        + "(env CARE_PRIVACY_KEY and CARE_PRIVACY_HASH_KEY), or neither for the demo keys");
            }
            if (key.isBlank() && !demoKeys) {
                throw new IllegalArgumentException("carerounds.privacy.key and carerounds.privacy.hash-key (env "
                        + "CARE_PRIVACY_KEY and CARE_PRIVACY_HASH_KEY) are required: elders' national IDs and phones "
                        + "are stored encrypted with them. Generate each with `openssl rand -base64 32` and keep "
                        + "them apart from the database's backups");
            }
            if (key.isBlank() && !previousKeys.isEmpty()) {
                throw new IllegalArgumentException("carerounds.privacy.previous-keys needs carerounds.privacy.key");
            }
        }

        /** Whether the published demo keys are in use (no keys configured). */
        public boolean usesDemoKeys() {
            return key.isBlank();
        }

        @Override
        public String toString() {
            return "Privacy[" + (usesDemoKeys() ? "demo keys" : "configured keys") + "]";
        }
    }
}
