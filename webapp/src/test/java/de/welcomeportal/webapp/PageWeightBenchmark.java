package de.welcomeportal.webapp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Bytes transferred and load time of public pages in headless Chromium, with a cold cache each time (a new browser
 * profile per load), against a running portal: {@code -Dportal.benchmark.url=http://127.0.0.1:18090}. Not part of
 * the test suite (the name does not end in Test); run it with
 * {@code ./mvnw -B -o verify -Dtest=PageWeightBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -Dportal.benchmark.url=...}. Figures come from the browser's Resource Timing API: {@code transferSize} is what
 * went over the wire (compressed, with headers), {@code decodedBodySize} what it unpacks to.
 */
@ExtendWith(Browser.class)
class PageWeightBenchmark {

    private static final int LOADS = 5;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/self-check", "/guidance"})
    void cold_load(String path) {
        String base = System.getProperty("portal.benchmark.url");
        assumeThat(base).as("-Dportal.benchmark.url").isNotBlank();
        List<Map<String, Object>> loads = new ArrayList<>();
        for (int i = 0; i < LOADS; i++) {
            WebDriver driver = Browser.start();
            try {
                long started = System.nanoTime();
                Browser.open(driver, base + path);
                long rendered = (System.nanoTime() - started) / 1_000_000;
                new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(js(d,
                        "return performance.getEntriesByType('navigation')[0].loadEventEnd > 0;")));
                @SuppressWarnings("unchecked")
                Map<String, Object> figures = (Map<String, Object>) js(driver, """
                        const entries = [performance.getEntriesByType('navigation')[0],
                                         ...performance.getEntriesByType('resource')];
                        const sum = key => entries.reduce((total, e) => total + (e[key] || 0), 0);
                        const nav = entries[0];
                        return {requests: entries.length, transferred: sum('transferSize'),
                                decoded: sum('decodedBodySize'), domContentLoaded: Math.round(nav.domContentLoadedEventEnd),
                                load: Math.round(nav.loadEventEnd)};""");
                figures = new java.util.HashMap<>(figures);
                figures.put("rendered", rendered);
                figures.put("title", driver.getTitle());
                figures.put("heading", driver.findElement(By.cssSelector("main h1")).getText());
                loads.add(figures);
            } finally {
                driver.quit();
            }
        }
        loads.forEach(load -> System.out.println("[page weight] " + path + " " + load));
        System.out.printf(java.util.Locale.ROOT, "[page weight] %s median of %d cold loads: %s requests, %.1f KiB transferred (%.1f KiB "
                        + "unpacked), DOMContentLoaded %s ms, load %s ms, first heading rendered %s ms%n", path, LOADS,
                median(loads, "requests"), median(loads, "transferred") / 1024.0, median(loads, "decoded") / 1024.0,
                median(loads, "domContentLoaded"), median(loads, "load"), median(loads, "rendered"));
    }

    private static long median(List<Map<String, Object>> loads, String key) {
        List<Long> values = loads.stream().map(load -> ((Number) load.get(key)).longValue()).sorted().toList();
        return values.get(values.size() / 2);
    }

    private static Object js(WebDriver driver, String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }
}
