package com.carerounds.config;

import com.carerounds.account.AccessTokens;
import com.carerounds.account.SignedInUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.web.filter.OncePerRequestFilter;

/** Signs a request in by its {@code Authorization: Bearer} token; an unknown or expired token is a 401 at once. */
class BearerTokenFilter extends OncePerRequestFilter {

    static final class InvalidTokenException extends AuthenticationException {
        InvalidTokenException() {
            super("the token is unknown or has expired");
        }
    }

    private final AccessTokens tokens;
    private final AuthenticationEntryPoint entryPoint;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

    BearerTokenFilter(AccessTokens tokens, AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<SignedInUser> user = tokens.user(header.substring(7).strip());
        if (user.isEmpty()) {
            contexts.clearContext();
            entryPoint.commence(request, response, new InvalidTokenException());
            return;
        }
        UsernamePasswordAuthenticationToken signedIn =
                UsernamePasswordAuthenticationToken.authenticated(user.get(), null, user.get().getAuthorities());
        signedIn.setDetails(details.buildDetails(request));
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(signedIn);
        contexts.setContext(context);
        chain.doFilter(request, response);
    }
}
