package de.welcomeportal.webapp;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Booking an advice appointment in a real browser: office, type and mode, a day and a time from the slot picker,
 * the contact form, and the "please confirm" page, with axe-core (WCAG 2.1 AA) finding no serious or critical
 * violation on the way, the chosen time marked with aria-pressed and announced in the live region.
 */
@ExtendWith(Browser.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:booking-browser-test;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000"})
class BookingBrowserTest {

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

    @Test
    void an_employer_books_a_time_and_every_step_is_accessible() {
        Browser.open(driver, "http://localhost:" + port + "/booking");
        assertThat(driver.getTitle()).isEqualTo("Beratungstermin buchen – Welcome-Center Kreis Lippe");
        assertAccessible("office step");

        radio("Kreishaus Detmold");
        await(d -> !d.findElements(By.xpath(radioXpath("Erstberatung Fachkräfteeinwanderung (30 Minuten)"))).isEmpty());
        radio("Erstberatung Fachkräfteeinwanderung (30 Minuten)");
        await(d -> !d.findElements(By.xpath(radioXpath("vor Ort"))).isEmpty());
        radio("vor Ort");

        // the first day of the shown weeks with free times, then its first time
        await(d -> !d.findElements(By.xpath(dayWithFreeTimes())).isEmpty());
        while (driver.findElements(By.xpath(dayWithFreeTimes() + "[not(@disabled)]")).isEmpty()) {
            button("Nächste Woche").click();
            settle();
        }
        driver.findElement(By.xpath(dayWithFreeTimes() + "[not(@disabled)]")).click();
        settle();
        WebElement time = driver.findElement(By.xpath("//vaadin-button[contains(normalize-space(), 'Plätze frei')"
                + " and not(@disabled)]"));
        String timeText = time.getText();
        time.sendKeys(Keys.ENTER);
        settle();
        assertThat(driver.findElement(By.xpath("//vaadin-button[normalize-space()='" + timeText + "']"))
                .getDomAttribute("aria-pressed")).isEqualTo("true");
        assertThat(js("return Array.from(document.querySelectorAll('[aria-live=polite]'))"
                + ".map(e => e.textContent).join(' ');").toString()).contains("Gewählt:", "Uhr");
        assertAccessible("day and time chosen");

        type("vaadin-text-field", "Ihr Name", "Erika Mustermann");
        type("vaadin-text-field", "Unternehmen", "Tischlerei Mustermann GmbH");
        type("vaadin-email-field", "E-Mail-Adresse", "erika@example.org");
        WebElement topic = driver.findElement(By.xpath("//vaadin-text-area[./label[normalize-space()='Ihr Anliegen']]"
                + "//textarea"));
        topic.click();
        topic.sendKeys("Einstellung einer Tischlerin aus Bosnien-Herzegowina", Keys.TAB);
        settle();
        button("Termin buchen").click();

        await(d -> Boolean.TRUE.equals(js("return Array.from(document.querySelectorAll('main h1, main h2'))"
                + ".some(h => h.textContent.includes('Fast geschafft'));")));
        settle();
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("erika@example.org", "15 Minuten");
        assertAccessible("please confirm");
    }

    private static String dayWithFreeTimes() {
        return "//vaadin-button[contains(normalize-space(), 'freie Zeit')]";
    }

    private static String radioXpath(String label) {
        return "//vaadin-radio-button[.//label[starts-with(normalize-space(), '" + label + "')]]//label";
    }

    private void radio(String label) {
        driver.findElement(By.xpath(radioXpath(label))).click();
        settle();
    }

    private WebElement button(String text) {
        return driver.findElement(By.xpath("//vaadin-button[normalize-space()='" + text + "']"));
    }

    private void type(String tag, String label, String text) {
        WebElement input = driver.findElement(By.xpath("//" + tag + "[./label[starts-with(normalize-space(), '"
                + label + "')]]//input"));
        input.click();
        input.sendKeys(text, Keys.TAB);
        settle();
    }

    /** Waits until Vaadin has no request in flight. */
    private void settle() {
        await(d -> Boolean.TRUE.equals(js("return !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
                + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())")));
    }

    private void await(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(condition::apply);
    }

    private Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private void assertAccessible(String where) {
        Browser.assertAccessible(driver, where);
    }
}
