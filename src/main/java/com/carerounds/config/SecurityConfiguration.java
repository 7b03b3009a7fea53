package com.carerounds.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Sign-in with HTTP Basic (TLS ends in front of the service), no sessions; each role reaches its
 * own endpoints, and services check the center or team of what is asked for.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    /** Only in a web application: the benchmark runs the product's pipeline without a web server. */
    @Bean
    @ConditionalOnWebApplication
    SecurityFilterChain api(HttpSecurity http, ObjectMapper json) throws Exception {
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) ->
                        problem(response, json, HttpStatus.UNAUTHORIZED, "sign in to use CareRounds")))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) ->
                                problem(response, json, HttpStatus.UNAUTHORIZED, "sign in to use CareRounds"))
                        .accessDeniedHandler((request, response, ex) ->
                                problem(response, json, HttpStatus.FORBIDDEN, "your role may not do this")))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/v3/api-docs/**", "/swagger-ui/**",
                                "/swagger-ui.html", "/error").permitAll()
                        .requestMatchers("/api/me").authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/import").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/policy", "/api/constraint-weights").hasAnyRole("DISPATCHER", "ADMIN")
                        .requestMatchers("/api/policy", "/api/constraint-weights").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.PATCH, "/api/teams/*/capacity").hasRole("ADMIN")
                        .requestMatchers("/api/rosters/**", "/api/rosters").hasAnyRole("DISPATCHER", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/teams/*/visits").hasAnyRole("DOCTOR", "DISPATCHER", "ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/visits/*/outcome").hasRole("DOCTOR")
                        .requestMatchers(HttpMethod.GET, "/api/teams", "/api/teams/*").hasAnyRole("DISPATCHER", "ADMIN")
                        .requestMatchers("/api/teams", "/api/teams/**").hasRole("ADMIN")
                        // Elders: staff read their center's, a doctor the elders of their team (the service checks
                        // which). Centers and contracts: staff read. Only administrators change them.
                        .requestMatchers(HttpMethod.GET, "/api/elders", "/api/elders/*").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/centers/**", "/api/contracts/**")
                                .hasAnyRole("DISPATCHER", "ADMIN")
                        .requestMatchers("/api/centers/**", "/api/elders/**", "/api/contracts/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    private static void problem(HttpServletResponse response, ObjectMapper json, HttpStatus status, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        json.writeValue(response.getOutputStream(), ProblemDetail.forStatusAndDetail(status, detail));
    }
}
