package com.carerounds.config;

import com.carerounds.account.AccessTokens;
import com.carerounds.account.PasswordCheck;
import com.carerounds.account.SignInThrottle;
import com.carerounds.settings.CareRoundsSettings;
import com.carerounds.account.SignInThrottledException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.session.DisableEncodeUrlFilter;

/**
 * Sign-in (TLS ends in front of the service). API clients: a bearer token from {@code POST /api/sign-in},
 * or HTTP Basic, whose verified credentials {@link PasswordCheck} remembers briefly so that BCrypt is not
 * paid on every request; neither creates a session. Browsers: the sign-in form at {@code /sign-in} gives a
 * session cookie, and every change a session makes needs the CSRF token (double-submit cookie), so another
 * site cannot act with it. Failed sign-ins are throttled per username and per address, both ways. Each role
 * reaches its own pages and endpoints, and services check the center or team of what is asked for.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CareRoundsSettings.class) // also in slice tests, which skip the properties scan
@Import({ClockConfiguration.class, AccessTokens.class, SignInThrottle.class, PasswordCheck.class})
public class SecurityConfiguration {

    @Bean
    CareRoundsSettings.SignIn signInSettings(CareRoundsSettings settings) {
        return settings.signin();
    }

    /** Only in a web application: the benchmark runs the product's pipeline without a web server. */
    @Bean
    @ConditionalOnWebApplication
    SecurityFilterChain api(HttpSecurity http, ObjectMapper json, PasswordCheck passwords, AccessTokens tokens)
            throws Exception {
        SignInEntryPoint signIn = new SignInEntryPoint(json);
        // Only PasswordCheck checks passwords: no fallback provider may check a refused one again unthrottled.
        AuthenticationManager authentication = passwords::authenticate;
        return http
                // A request without a session cookie cannot act with a session, so only those with one need the token.
                .csrf(csrf -> csrf
                        .csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .requireCsrfProtectionMatcher(SecurityConfiguration::needsCsrfToken))
                .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
                // Only the sign-in form keeps a session: tokens and Basic sign in each request for itself.
                .sessionManagement(s -> s.requireExplicitAuthenticationStrategy(true))
                .authenticationManager(authentication)
                .formLogin(form -> form
                        .loginPage("/sign-in").loginProcessingUrl("/sign-in").permitAll()
                        .defaultSuccessUrl("/", true)
                        .failureHandler((request, response, ex) -> response.sendRedirect(
                                ex instanceof SignInThrottledException ? "/sign-in?throttled" : "/sign-in?error")))
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out"))
                .addFilterBefore(new AcceptableMediaTypeFilter(json), DisableEncodeUrlFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens, signIn), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(signIn))
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/sign-in"), Pages::isPage)
                        .defaultAuthenticationEntryPointFor(signIn, request -> true)
                        .accessDeniedHandler((request, response, ex) -> {
                            if (Pages.isPage(request)) {
                                Pages.forbidden(response);
                            } else {
                                Problems.write(response, json, HttpStatus.FORBIDDEN, "your role may not do this");
                            }
                        }))
                .authorizeHttpRequests(auth -> auth
                        // A forward serves what the original request was already let through to.
                        .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/v3/api-docs/**", "/swagger-ui/**",
                                "/swagger-ui.html", "/error").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/sign-in").permitAll()
                        .requestMatchers("/assets/**", "/webjars/**", "/sign-in", "/sign-in.html", "/favicon.ico").permitAll()
                        .requestMatchers("/doctor/**").hasRole("DOCTOR")
                        .requestMatchers("/dispatcher/**").hasAnyRole("DISPATCHER", "ADMIN")
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/api/me").authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/import").hasRole("ADMIN")
                        .requestMatchers("/api/audit").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/policy", "/api/policy/defaults", "/api/constraint-weights")
                                .hasAnyRole("DISPATCHER", "ADMIN")
                        .requestMatchers("/api/policy", "/api/constraint-weights").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.PATCH, "/api/teams/*/capacity").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/teams/*/capacity/preview").hasRole("ADMIN")
                        .requestMatchers("/api/rosters/**", "/api/rosters").hasAnyRole("DISPATCHER", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/teams/*/visits").hasAnyRole("DOCTOR", "DISPATCHER", "ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/visits/*/outcome").hasRole("DOCTOR")
                        .requestMatchers(HttpMethod.GET, "/api/visits/*/history").hasRole("DOCTOR")
                        .requestMatchers(HttpMethod.GET, "/api/teams", "/api/teams/*").hasAnyRole("DISPATCHER", "ADMIN")
                        .requestMatchers("/api/teams", "/api/teams/**").hasRole("ADMIN")
                        // Elders: staff read their center's, a doctor the elders of their team (the service checks
                        // which). Centers and contracts: staff read. Only administrators change them.
                        .requestMatchers(HttpMethod.GET, "/api/elders", "/api/elders/*").authenticated()
                        // An elder's visit times are what a dispatcher is told by the family.
                        .requestMatchers(HttpMethod.PUT, "/api/elders/*/visit-times").hasAnyRole("DISPATCHER", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/centers/**", "/api/contracts/**")
                                .hasAnyRole("DISPATCHER", "ADMIN")
                        .requestMatchers("/api/centers/**", "/api/elders/**", "/api/contracts/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .build();
    }

    /**
     * No observation around the filter chain and each of its filters: it cost about a fifth of a signed-in
     * request's time (JFR on the doctor's visit list). Request metrics ({@code http.server.requests}) stay.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * The rules' paths as pre-parsed patterns matched against the request path alone: the default matcher
     * asks Spring MVC's handler mappings for every rule tried, which a request reaching the last rules
     * paid for some twenty times (JFR on the doctor's visit list).
     */
    @Bean
    PathPatternRequestMatcherBuilderFactoryBean requestMatcherBuilder() {
        return new PathPatternRequestMatcherBuilderFactoryBean();
    }

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private static boolean needsCsrfToken(HttpServletRequest request) {
        boolean changes = !SAFE_METHODS.contains(request.getMethod());
        boolean withSession = request.getCookies() != null
                && Arrays.stream(request.getCookies()).anyMatch(c -> c.getName().equals("JSESSIONID"));
        return changes && (withSession || "/sign-in".equals(Pages.pathOf(request)));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
