package com.carerounds.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an {@code /api} request whose {@code Accept} header rules out JSON before anything runs.
 * Spring MVC negotiates the answer's type only after the handler has returned, so without this a
 * write committed first and was then answered 406 (issue 13, finding 4).
 */
class AcceptableMediaTypeFilter extends OncePerRequestFilter {

    /** What every {@code /api} operation answers with: JSON, and problem JSON for errors. */
    private static final List<MediaType> PRODUCED = List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);

    private final ObjectMapper json;

    AcceptableMediaTypeFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.equals("/api") || path.startsWith("/api/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<String> accept = java.util.Collections.list(request.getHeaders(HttpHeaders.ACCEPT));
        if (accept.isEmpty() || acceptsJson(String.join(",", accept))) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE);
        Problems.write(response, json, HttpStatus.NOT_ACCEPTABLE,
                "CareRounds answers with application/json only: send Accept: application/json (or leave Accept out)");
    }

    private static boolean acceptsJson(String header) {
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(header);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
        return accepted.stream().anyMatch(type -> type.getQualityValue() > 0
                && PRODUCED.stream().anyMatch(type::isCompatibleWith));
    }
}
