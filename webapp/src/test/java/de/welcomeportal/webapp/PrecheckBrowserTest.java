package de.welcomeportal.webapp;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;


import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.welcomeportal.portal.precheck.PrecheckApplication;
import de.welcomeportal.portal.precheck.PrecheckService;
import de.welcomeportal.portal.precheck.PrecheckViews;
import de.welcomeportal.portal.selfcheck.rules.GermanLevel;
import de.welcomeportal.portal.selfcheck.rules.QualificationKind;
import de.welcomeportal.portal.selfcheck.rules.Recognition;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pre-check form and "My case" in a real browser: WCAG 2.1 AA checks with axe-core (no serious or critical
 * violation) on every step, with error messages shown, and on "My case" in its states; the first wrong field
 * receives the focus; the form can be filled in with the keyboard and a document of nearly the largest size
 * travels through the real upload request.
 */
@ExtendWith(Browser.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:precheck-browser-test;DB_CLOSE_DELAY=-1",
        "portal.data-directory=target/precheck-browser-test-data"})
class PrecheckBrowserTest {

    private static WebDriver driver;

    @LocalServerPort
    int port;
    @Autowired
    PrecheckService prechecks;

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

    /** Each test starts a session of its own: the form keeps its draft in the session. */
    @BeforeEach
    void newSession() {
        driver.manage().deleteAllCookies();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/pre-check", "/pre-check?lang=en", "/embed/pre-check", "/my-case", "/my-case?lang=en",
            "/my-case/WC-2026-999999?token=forged"})
    void the_page_has_no_serious_or_critical_accessibility_violations(String path) {
        Browser.open(driver, url(path));
        assertAccessible(path);
    }

    @Test
    void the_first_step_with_its_error_messages_is_accessible_and_the_first_wrong_field_gets_the_focus() {
        Browser.open(driver, url("/pre-check?lang=de"));
        assertThat(driver.getTitle()).isEqualTo("Vorprüfung – Schritt 1 von 6: Arbeitgeber – Welcome-Center Kreis Lippe");
        assertThat(driver.findElement(By.cssSelector("li[aria-current='step']")).getText()).isEqualTo("Arbeitgeber");

        driver.findElement(By.xpath("//vaadin-button[normalize-space()='Weiter']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(script(
                "return !!document.querySelector('[data-field=\"employer.companyName\"][invalid]')")));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(script(
                "const active = document.activeElement;"
                        + " return !!active && !!active.closest('[data-field=\"employer.companyName\"]');")));
        assertThat(driver.findElement(By.cssSelector("[role='alert'].precheck-error-summary")).getText())
                .contains("Bitte korrigieren Sie 7 Angaben");
        assertAccessible("/pre-check with errors");
    }

    @Test
    void my_case_is_accessible_before_and_after_the_confirmation() {
        PrecheckViews.Submission submission = prechecks.submit(application(), null, Locale.GERMAN);
        String link = "/my-case/" + submission.reference() + "?" + submission.caseLink().getRawQuery() + "&lang=de";

        Browser.open(driver, url(link));
        assertThat(driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Mein Vorgang "
                + submission.reference());
        assertAccessible("my case, awaiting confirmation");

        driver.findElement(By.xpath("//vaadin-button[normalize-space()="
                + "'E-Mail-Adresse bestätigen und Vorprüfung einreichen']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.cssSelector(".precheck-status"))
                .getText().equals("Eingereicht"));
        assertAccessible("my case, confirmed, with the answer form and the upload");
    }

    @Test
    void the_form_can_be_filled_in_uploaded_to_and_submitted_in_a_browser_and_every_step_is_accessible()
            throws IOException {
        Browser.open(driver, url("/pre-check?lang=de"));
        type("employer.companyName", "Tischlerei Beispiel");
        type("employer.legalForm", "GmbH");
        type("employer.address.street", "Lange Straße 1");
        type("employer.address.postcode", "32756");
        type("employer.address.city", "Detmold");
        type("employer.contactName", "Erika Mustermann");
        type("employer.email", "personal@tischlerei-beispiel.de");
        next("Schritt 2 von 6: Stelle");

        type("position.title", "Tischler/in");
        type("position.workplace.street", "Werkstraße 5");
        type("position.workplace.postcode", "32657");
        type("position.workplace.city", "Lemgo");
        typeDate("position.startDate", LocalDate.now().plusMonths(2));
        type("position.weeklyHours", "39,5");
        type("position.grossAnnualSalary", "42000");
        assertAccessible("position step");
        next("Schritt 3 von 6: Fachkraft");

        type("candidate.givenNames", "Dragana");
        type("candidate.familyName", "Petrović");
        typeDate("candidate.birthDate", LocalDate.of(1994, 3, 12));
        pick("candidate.citizenships", "Serbien");
        pick("candidate.countryOfResidence", "Serbien");
        driver.findElement(By.xpath("//vaadin-radio-button[normalize-space()='Abgeschlossene Berufsausbildung']"))
                .click();
        driver.findElement(By.xpath("//vaadin-radio-button[starts-with(normalize-space(),'Voll gleichwertig')]"))
                .click();
        pick("candidate.germanLevel", "B1");
        assertAccessible("candidate step");
        next("Schritt 4 von 6: Ihr Anliegen");

        driver.findElement(By.cssSelector("[data-field='wishes'] vaadin-checkbox")).click();
        assertAccessible("wishes step");
        next("Schritt 5 von 6: Unterlagen");

        // nearly the largest document allowed, through the real upload request
        Path pdf = Files.createTempFile("Zeugnis", ".pdf");
        byte[] content = new byte[9 * 1024 * 1024];
        byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, content, 0, header.length);
        Files.write(pdf, content);
        WebElement fileInput = (WebElement) script("const upload = document.querySelector('vaadin-upload');"
                + " return upload.querySelector('input[type=file]')"
                + " || (upload.shadowRoot && upload.shadowRoot.querySelector('input[type=file]'));");
        fileInput.sendKeys(pdf.toString());
        await().until(d -> d.findElement(By.cssSelector(".precheck-documents")).getText()
                .contains(pdf.getFileName().toString()));
        Files.delete(pdf);
        assertAccessible("documents step with a document");
        next("Schritt 6 von 6: Prüfen und absenden");

        assertThat(driver.findElement(By.cssSelector(".precheck-summary")).getText())
                .contains("Tischlerei Beispiel", "39,5", "Serbien (RS)", "B1");
        driver.findElement(By.cssSelector("[data-field='privacyNoticeAcknowledged'] input")).click();
        assertAccessible("review step");
        driver.findElement(By.xpath("//vaadin-button[normalize-space()='Vorprüfung absenden']")).click();
        await().until(d -> !d.findElements(By.cssSelector(".precheck-reference-number")).isEmpty());
        assertThat(driver.findElement(By.cssSelector(".precheck-reference-number")).getText())
                .matches("WC-\\d{4}-\\d{6}");
        assertThat(driver.getTitle()).isEqualTo("Vorprüfung abgesendet – Welcome-Center Kreis Lippe");
        assertAccessible("submitted page");
    }

    /** Types into a field and leaves it with the tab key, as a keyboard user does. */
    private void type(String field, String text) {
        WebElement input = driver.findElement(By.cssSelector("[data-field='" + field + "'] input"));
        input.click();
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
    }

    /** Types a date as German visitors write it and commits it with the enter key, which closes the calendar. */
    private void typeDate(String field, LocalDate date) {
        WebElement input = driver.findElement(By.cssSelector("[data-field='" + field + "'] input"));
        input.click();
        input.sendKeys(date.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        input.sendKeys(Keys.ENTER);
        input.sendKeys(Keys.TAB);
        await().until(d -> d.findElements(By.cssSelector("vaadin-date-picker-overlay[opened]")).isEmpty());
    }

    /** Chooses the first suggestion of a combo box for the typed text: type, arrow down, enter. */
    private void pick(String field, String text) {
        WebElement input = driver.findElement(By.cssSelector("[data-field='" + field + "'] input"));
        input.click();
        input.sendKeys(text);
        await().until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item, vaadin-multi-select-combo-box-item"))
                .stream().anyMatch(item -> item.isDisplayed() && item.getText().startsWith(text)));
        input.sendKeys(Keys.ARROW_DOWN);
        input.sendKeys(Keys.ENTER);
        input.sendKeys(Keys.TAB);
        await().until(d -> Boolean.TRUE.equals(script("const field = document.querySelector(\"[data-field='" + field
                + "']\"); return (field.selectedItems || []).length > 0 || !!field.selectedItem;")));
    }

    private void next(String expectedHeading) {
        driver.findElement(By.xpath("//vaadin-button[normalize-space()='Weiter']")).click();
        await().until(d -> d.findElement(By.cssSelector(".precheck-step-heading")).getText().equals(expectedHeading)
                || !d.findElements(By.cssSelector(".precheck-error-summary:not([hidden])")).isEmpty());
        assertThat(driver.findElement(By.cssSelector(".precheck-step-heading")).getText())
                .as(() -> driver.findElements(By.cssSelector(".precheck-error-summary")).stream()
                        .map(WebElement::getText).toList().toString())
                .isEqualTo(expectedHeading);
    }

    private WebDriverWait await() {
        return (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class);
    }

    private void assertAccessible(String what) {
        Browser.assertAccessible(driver, what);
    }

    private Object script(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static PrecheckApplication application() {
        return new PrecheckApplication(
                new PrecheckApplication.Employer("Tischlerei Beispiel", "GmbH",
                        new PrecheckApplication.Address("Lange Straße 1", "32756", "Detmold"), "HRB 1234",
                        "Erika Mustermann", "personal@tischlerei-beispiel.de", "05231 12345"),
                new PrecheckApplication.Position("Tischler/in", "7522",
                        new PrecheckApplication.Address("Werkstraße 5", "32657", "Lemgo"),
                        LocalDate.now().plusMonths(2), new BigDecimal("40"), new BigDecimal("42000.00"), true, false,
                        null),
                new PrecheckApplication.Candidate("Dragana", "Petrović", LocalDate.of(1994, 3, 12), List.of("RS"), "RS",
                        null, QualificationKind.VOCATIONAL, "Stolar", Recognition.FULL, "HWK-OWL 2026/123",
                        GermanLevel.B1),
                new PrecheckApplication.Wishes(true, true, false), true, "de");
    }

}
