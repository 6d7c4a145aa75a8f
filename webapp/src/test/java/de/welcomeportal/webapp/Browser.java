package de.welcomeportal.webapp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's headless Chromium, driven by its chromedriver ({@code apt-get install chromium chromium-driver}).
 * Without them, browser tests are skipped with a visible message, except in CI, where that is an error.
 */
final class Browser implements ExecutionCondition {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("PORTAL_TEST_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER =
            Path.of(System.getenv().getOrDefault("PORTAL_TEST_CHROMEDRIVER", "/usr/bin/chromedriver"));

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return ConditionEvaluationResult.enabled("Chromium at " + CHROMIUM);
        }
        if (System.getenv("CI") != null) {
            throw new IllegalStateException("CI must run the browser tests, but " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing (apt-get install chromium chromium-driver)");
        }
        String message = "Browser tests SKIPPED for " + context.getDisplayName()
                + ": install chromium and chromium-driver to run them.";
        System.out.println("[WARNING] " + message);
        return ConditionEvaluationResult.disabled(message);
    }

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** axe-core with the WCAG 2.1 AA rules on the page as it is now: no serious or critical violation. */
    static void assertAccessible(WebDriver driver, String where) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        List<Rule> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(serious).as(where + ": " + describe(serious)).isEmpty();
        assertThat(results.getPasses()).as("axe really ran").isNotEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> node.getTarget() + " (" + node.getFailureSummary() + ")")
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }

    static WebDriver start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // This machine has no outside network: keep Chromium from calling home at all.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--lang=de-DE");
        // Headless Chromium sends its own Accept-Language unless told; the portal's default visitor is German.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "de-DE,de"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    /** Opens a portal page and waits until Vaadin has rendered its first heading. */
    static void open(WebDriver driver, String url) {
        driver.get(url);
        awaitRendered(driver);
    }

    static void awaitRendered(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector("main h1")).isEmpty()
                && !d.findElement(By.cssSelector("main h1")).getText().isBlank()
                && Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
                                + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())")));
    }
}
