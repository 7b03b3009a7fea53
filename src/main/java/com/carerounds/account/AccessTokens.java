package com.carerounds.account;

import com.carerounds.settings.CareRoundsSettings;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Bearer tokens issued at sign-in: 256 random bits, valid for {@link CareRoundsSettings.SignIn#tokenLifetime()}.
 * Only a SHA-256 hash of each token is kept, in memory, so a heap dump does not hand out working
 * tokens; a restart signs everyone out. A token carries who signed in as they were then: a changed
 * role or team applies from the next sign-in.
 */
@Component
public class AccessTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;
    private final Duration lifetime;
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();

    public AccessTokens(Clock clock, CareRoundsSettings.SignIn properties) {
        this.clock = clock;
        this.lifetime = properties.tokenLifetime();
    }

    /** A token and when it stops working. */
    public record Issued(String token, Instant expiresAt, Duration lifetime) {
        @Override
        public String toString() {
            return "Issued[expiresAt=" + expiresAt + "]";
        }
    }

    private record Grant(SignedInUser user, Instant expiresAt) {
    }

    public Issued issue(SignedInUser user) {
        Instant now = clock.instant();
        // Each sign-in sweeps expired grants, so memory holds at most the sign-ins of one lifetime.
        grants.values().removeIf(g -> !now.isBefore(g.expiresAt()));
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expiresAt = now.plus(lifetime);
        grants.put(hash(token), new Grant(user, expiresAt));
        return new Issued(token, expiresAt, lifetime);
    }

    /** The user a token was issued to, while it is valid. */
    public Optional<SignedInUser> user(String token) {
        String key = hash(token);
        Grant grant = grants.get(key);
        if (grant == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(grant.expiresAt())) {
            grants.remove(key, grant);
            return Optional.empty();
        }
        return Optional.of(grant.user());
    }

    public void revoke(String token) {
        grants.remove(hash(token));
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
