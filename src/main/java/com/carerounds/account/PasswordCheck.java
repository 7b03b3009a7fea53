package com.carerounds.account;

import com.carerounds.settings.CareRoundsSettings;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a username and password: throttled by {@link SignInThrottle}, then against the stored BCrypt
 * hash. A verified pair is remembered for {@link CareRoundsSettings.SignIn#basicCacheLifetime()} under an HMAC of
 * the pair with a key made at start, so HTTP Basic clients, which send the password with every request,
 * pay for BCrypt once in that time; neither the password nor an unkeyed hash of it is kept. Only
 * {@link CareRoundsSettings.SignIn#passwordChecks()} hashes are checked at once, so that sign-ins, however many,
 * leave cores to the requests of users already signed in.
 */
@Component
public class PasswordCheck {

    /** Beyond this many remembered pairs, expired ones are swept; only right passwords get here. */
    private static final int SWEEP_ABOVE = 10_000;

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final Clock clock;
    private final Duration remember;
    private final SecretKeySpec key;
    private final Map<String, Remembered> verified = new ConcurrentHashMap<>();
    private final Semaphore hashing;
    private final Duration hashingWait;

    /** The user details service is looked up on first use, so web slices without accounts still start. */
    public PasswordCheck(ObjectProvider<UserDetailsService> users, PasswordEncoder encoder, SignInThrottle throttle,
                         Clock clock, CareRoundsSettings.SignIn properties) {
        this.passwords = new DaoAuthenticationProvider(username -> users.getObject().loadUserByUsername(username));
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.clock = clock;
        this.remember = properties.basicCacheLifetime();
        this.hashing = new Semaphore(properties.passwordChecks());
        this.hashingWait = properties.passwordCheckWait();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    private record Remembered(SignedInUser user, Instant until) {
    }

    /** The signed-in user for a right username and password, else an {@code AuthenticationException}. */
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        String pair = mac(username, password);
        Instant now = clock.instant();
        Remembered known = verified.get(pair);
        if (known != null && now.isBefore(known.until())) {
            return signedIn(known.user(), authentication);
        }
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress() : null;
        throttle.check(username, address);
        Authentication checked;
        acquireHashing();
        try {
            checked = passwords.authenticate(authentication);
        } catch (BadCredentialsException e) {
            throttle.failed(username, address);
            // One answer for an unknown user and a wrong password, so names cannot be probed.
            throw new BadCredentialsException("wrong username or password");
        } finally {
            hashing.release();
        }
        throttle.succeeded(username);
        SignedInUser user = (SignedInUser) checked.getPrincipal();
        if (!remember.isZero()) {
            if (verified.size() > SWEEP_ABOVE) {
                verified.values().removeIf(r -> !now.isBefore(r.until()));
            }
            verified.put(pair, new Remembered(user, now.plus(remember)));
        }
        return signedIn(user, authentication);
    }

    private void acquireHashing() {
        try {
            if (hashing.tryAcquire(hashingWait.toNanos(), TimeUnit.NANOSECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new SignInThrottledException("too many sign-ins at once: try again in a second", Duration.ofSeconds(1));
    }

    private static Authentication signedIn(SignedInUser user, Authentication request) {
        UsernamePasswordAuthenticationToken result =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        result.setDetails(request.getDetails());
        return result;
    }

    private String mac(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
