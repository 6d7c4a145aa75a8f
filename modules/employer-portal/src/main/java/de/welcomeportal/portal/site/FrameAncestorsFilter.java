package de.welcomeportal.portal.site;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may show the portal in a frame. The chrome-less {@code /embed/...} routes may be framed by the configured
 * CMS origins; every other page only by the portal itself (clickjacking protection).
 */
@Component
class FrameAncestorsFilter extends OncePerRequestFilter {

    static final String EMBED_PREFIX = "/embed";
    private static final String FRAME_OPTIONS = "X-Frame-Options";

    private final String embedPolicy;

    FrameAncestorsFilter(SiteProperties properties) {
        StringBuilder policy = new StringBuilder("frame-ancestors 'self'");
        properties.frameAncestors().forEach(origin -> policy.append(' ').append(origin));
        this.embedPolicy = policy.toString();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean embed = path.equals(EMBED_PREFIX) || path.startsWith(EMBED_PREFIX + "/");
        response.setHeader("Content-Security-Policy", embed ? embedPolicy : "frame-ancestors 'self'");
        chain.doFilter(request, embed ? new WithoutFrameOptions(response) : response);
    }

    /**
     * Vaadin adds {@code X-Frame-Options: SAMEORIGIN} to its pages; that header cannot name the CMS origins and
     * would block embedding, so embed responses rely on {@code frame-ancestors} alone.
     */
    private static final class WithoutFrameOptions extends HttpServletResponseWrapper {

        WithoutFrameOptions(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!FRAME_OPTIONS.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!FRAME_OPTIONS.equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public boolean containsHeader(String name) {
            return !FRAME_OPTIONS.equalsIgnoreCase(name) && super.containsHeader(name);
        }
    }
}
