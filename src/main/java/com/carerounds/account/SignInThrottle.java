package com.carerounds.account;

import com.carerounds.settings.CareRoundsSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per username and per client address in a fixed window. Once either count
 * reaches its limit, sign-ins for that username or from that address are refused without checking
 * the password until the window ends, so a flood of guesses neither succeeds nor costs password
 * hashing. Signed-in users (tokens, remembered credentials) are never throttled, and other accounts
 * and addresses are not affected. Counts live in memory: a restart forgets them.
 */
@Component
public class SignInThrottle {

    /** Beyond this many tracked keys, expired windows are swept so that random names cannot fill memory. */
    private static final int SWEEP_ABOVE = 10_000;

    private final Clock clock;
    private final Duration window;
    private final int accountLimit;
    private final int addressLimit;
    private final Map<String, Window> failures = new ConcurrentHashMap<>();

    public SignInThrottle(Clock clock, CareRoundsSettings.SignIn properties) {
        this.clock = clock;
        this.window = properties.failureWindow();
        this.accountLimit = properties.accountFailures();
        this.addressLimit = properties.addressFailures();
    }

    private record Window(Instant start, int count) {
    }

    /** Refuses the attempt while the username or the address has used up its failures. */
    public void check(String username, String address) {
        Instant now = clock.instant();
        Duration wait = max(blockedFor(accountKey(username), accountLimit, now),
                blockedFor(addressKey(address), addressLimit, now));
        if (!wait.isZero()) {
            throw new SignInThrottledException(wait);
        }
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() > SWEEP_ABOVE) {
            failures.values().removeIf(w -> !now.isBefore(w.start().plus(window)));
        }
        count(accountKey(username), now);
        count(addressKey(address), now);
    }

    /** The right password ends the username's count; the address keeps its own, so guessers cannot reset it. */
    public void succeeded(String username) {
        failures.remove(accountKey(username));
    }

    private void count(String key, Instant now) {
        failures.compute(key, (k, w) -> w == null || !now.isBefore(w.start().plus(window))
                ? new Window(now, 1) : new Window(w.start(), w.count() + 1));
    }

    private Duration blockedFor(String key, int limit, Instant now) {
        Window w = failures.get(key);
        if (w == null || w.count() < limit) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, w.start().plus(window));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String accountKey(String username) {
        return "u:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "a:" + (address == null ? "" : address);
    }
}
