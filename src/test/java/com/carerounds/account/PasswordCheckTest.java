package com.carerounds.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.carerounds.settings.CareRoundsSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** BCrypt once per remembered pair, not per request; a wrong password is never remembered. */
class PasswordCheckTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2027-01-05T01:00:00Z"), ZoneOffset.UTC);
    private final AtomicInteger hashChecks = new AtomicInteger();
    private final PasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    private final String hash = bcrypt.encode("right-password");
    private final AtomicInteger checking = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private final PasswordCheck check = new PasswordCheck(users(), counting(), throttle(), clock, properties(2));

    @Test
    void aRightPasswordIsHashedOnceWhileRemembered() {
        for (int i = 0; i < 10; i++) {
            assertThat(check.authenticate(attempt("nurse", "right-password")).getPrincipal())
                    .isInstanceOf(SignedInUser.class);
        }
        assertThat(hashChecks).hasValue(1);

        clock.advance(Duration.ofMinutes(5));
        check.authenticate(attempt("nurse", "right-password"));
        assertThat(hashChecks).hasValue(2);
    }

    @Test
    void aWrongPasswordIsCheckedEveryTimeAndNotRemembered() {
        check.authenticate(attempt("nurse", "right-password"));
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> check.authenticate(attempt("nurse", "wrong-password")))
                    .isInstanceOf(BadCredentialsException.class).hasMessage("wrong username or password");
        }
        assertThat(hashChecks).hasValue(4);
    }

    @Test
    void anUnknownUserGetsTheSameAnswerAsAWrongPassword() {
        assertThatThrownBy(() -> check.authenticate(attempt("nobody", "right-password")))
                .isInstanceOf(BadCredentialsException.class).hasMessage("wrong username or password");
    }

    @Test
    void noMorePasswordsAreHashedAtOnceThanConfigured() throws Exception {
        PasswordCheck oneAtATime = new PasswordCheck(users(), counting(), throttle(), clock, properties(1));
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            Thread worker = new Thread(() -> {
                for (int i = 0; i < 3; i++) {
                    try {
                        oneAtATime.authenticate(attempt("unknown-" + thread + "-" + i, "some-password"));
                    } catch (BadCredentialsException expected) {
                        // every name is unknown: the point is how many hashes ran at once
                    }
                }
            });
            worker.start();
            threads.add(worker);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(hashChecks).hasValue(12);
        assertThat(mostAtOnce).hasValue(1);
    }

    private static CareRoundsSettings.SignIn properties(int passwordChecksAtOnce) {
        return new CareRoundsSettings.SignIn(Duration.ofHours(1), Duration.ofMinutes(5), Duration.ofMinutes(15), 5, 20,
                passwordChecksAtOnce, Duration.ofSeconds(30));
    }

    private static UsernamePasswordAuthenticationToken attempt(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }

    private org.springframework.beans.factory.ObjectProvider<UserDetailsService> users() {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        UserDetailsService users = username -> {
            if (!username.equals("nurse")) {
                throw new UsernameNotFoundException("no account");
            }
            return new SignedInUser(1L, "nurse", hash, "Nurse", Role.ADMIN, null, null);
        };
        beans.registerSingleton("users", users);
        return beans.getBeanProvider(UserDetailsService.class);
    }

    private PasswordEncoder counting() {
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return bcrypt.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                hashChecks.incrementAndGet();
                mostAtOnce.accumulateAndGet(checking.incrementAndGet(), Math::max);
                try {
                    return bcrypt.matches(raw, encoded);
                } finally {
                    checking.decrementAndGet();
                }
            }
        };
    }

    private SignInThrottle throttle() {
        return new SignInThrottle(clock,
                properties(2));
    }
}
