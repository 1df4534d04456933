package org.pathways.people.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands before the password check: a paused account or address is sent back to the sign-in
 * page with the reason, and its password is not even tried.
 */
public class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;

    public SignInThrottleFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !("POST".equals(request.getMethod()) && "/login".equals(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<SignInThrottle.Pause> pause = throttle.pause(request.getParameter("username"),
                request.getRemoteAddr());
        if (pause.isPresent()) {
            response.sendRedirect(request.getContextPath() + "/login?paused="
                    + pause.get().kind().name().toLowerCase(java.util.Locale.ROOT) + "&minutes=" + pause.get().minutes());
            return;
        }
        chain.doFilter(request, response);
    }
}
