package de.welcomeportal.webapp;

import java.time.Duration;
import java.util.List;


import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Public pages in a real browser: WCAG 2.1 AA checks with axe-core (no serious or critical violation), page
 * titles and {@code lang} in both languages, and the skip link for keyboard users.
 */
@ExtendWith(Browser.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:browser-test;DB_CLOSE_DELAY=-1"})
class AccessibilityBrowserTest {

    private static WebDriver driver;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        driver = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/?lang=en", "/login", "/login?lang=en", "/impressum", "/datenschutz",
            "/barrierefreiheit?lang=en", "/leichte-sprache", "/self-check", "/embed", "/guidance", "/guidance/blue-card",
            "/guidance/recognition?lang=en", "/guidance/blue-card-documents", "/booking"})
    void the_page_has_no_serious_or_critical_accessibility_violations(String path) {
        Browser.open(driver, url(path));
        Browser.assertAccessible(driver, path);
    }

    @Test
    void the_start_page_is_titled_and_declared_german() {
        Browser.open(driver, url("/"));
        assertThat(driver.getTitle()).isEqualTo("Start – Welcome-Center Kreis Lippe");
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("de");
    }

    @Test
    void english_by_parameter_and_by_the_language_switch() {
        Browser.open(driver, url("/?lang=en"));
        assertThat(driver.getTitle()).isEqualTo("Home – Welcome-Center Kreis Lippe");
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");

        Browser.open(driver, url("/impressum?lang=de"));
        assertThat(driver.getTitle()).isEqualTo("Impressum – Welcome-Center Kreis Lippe");
        driver.findElement(By.cssSelector("vaadin-button[lang='en']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getTitle().startsWith("Legal notice"));
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        assertThat(driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Legal notice");
    }

    @Test
    void keyboard_users_reach_the_content_through_the_skip_link() {
        Browser.open(driver, url("/impressum"));
        ((JavascriptExecutor) driver).executeScript("document.activeElement && document.activeElement.blur()");
        new Actions(driver).sendKeys(Keys.TAB).perform();
        WebElement focused = driver.switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Zum Inhalt springen");
        assertThat(focused.isDisplayed()).as("the skip link becomes visible on focus").isTrue();

        focused.sendKeys(Keys.ENTER);
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("main-content");
        assertThat(driver.getCurrentUrl()).as("stays on the page").endsWith("/impressum");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

}
