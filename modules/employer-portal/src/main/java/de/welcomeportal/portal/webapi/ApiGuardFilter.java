package de.welcomeportal.portal.webapi;

import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.vaadin.flow.i18n.I18NProvider;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Guards the public API before any work is done: too many requests from one client within a window are answered
 * with 429 and {@code Retry-After}, a body announced larger than allowed with 413. The client is known by its
 * IP address, held in memory for one window and never stored or logged.
 */
@Component
class ApiGuardFilter extends OncePerRequestFilter {

    static final String API_PREFIX = "/api/";
    /** More clients than this in one window means an attack or a misconfigured proxy; old windows are dropped. */
    private static final int MAX_TRACKED_CLIENTS = 100_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ApiProperties properties;
    private final I18NProvider texts;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    ApiGuardFilter(ApiProperties properties, I18NProvider texts, Clock clock) {
        this.properties = properties;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().substring(request.getContextPath().length()).startsWith(API_PREFIX);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long now = clock.millis();
        long windowMillis = properties.window().toMillis();
        long windowStart = now - now % windowMillis;
        if (windows.size() > MAX_TRACKED_CLIENTS) {
            windows.values().removeIf(window -> window.start < windowStart);
        }
        Window window = windows.compute(request.getRemoteAddr(), (client, existing) ->
                existing == null || existing.start != windowStart ? new Window(windowStart) : existing);
        if (window.requests.incrementAndGet() > properties.requestsPerWindow()) {
            long retryAfterSeconds = Math.max(1, (windowStart + windowMillis - now + 999) / 1000);
            response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
            refuse(request, response, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", retryAfterSeconds);
            return;
        }
        int limit = properties.maxBytesFor(request.getContentType());
        if (request.getContentLengthLong() > limit) {
            refuse(request, response, HttpStatus.CONTENT_TOO_LARGE, "body-too-large", Integer.toString(limit));
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
                        Object detailParameter) throws IOException {
        var locale = ApiLocales.of(request);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", ApiProblems.TYPE_BASE + type);
        problem.put("title", texts.getTranslation("webapi.problem." + type, locale));
        problem.put("status", status.value());
        problem.put("detail", texts.getTranslation("webapi.problem." + type + ".detail", locale, detailParameter));
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), problem);
    }

    private static final class Window {
        final long start;
        final AtomicInteger requests = new AtomicInteger();

        Window(long start) {
            this.start = start;
        }
    }
}
