package de.welcomeportal.webapp;

import java.time.Duration;
import java.util.List;


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
 * The self-check wizard in a real browser: one short journey (an Indian software developer with a comparable degree)
 * from the first step to the result page, typed and clicked like a visitor, with axe-core (WCAG 2.1 AA) finding no
 * serious or critical violation on the first step, a middle step and the result page (with a "why not" entry
 * opened), and the focus moving to each new step's heading.
 */
@ExtendWith(Browser.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:self-check-browser-test;DB_CLOSE_DELAY=-1"})
class SelfCheckBrowserTest {

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
    void an_employer_walks_to_the_result_and_every_page_on_the_way_is_accessible() {
        Browser.open(driver, "http://localhost:" + port + "/self-check");
        assertThat(driver.getTitle())
                .isEqualTo("Selbst-Check – Schritt 1 von 4: Staatsangehörigkeit – Welcome-Center Kreis Lippe");
        assertAccessible("step 1");

        // Step 1: search the country by typing, choose it with the keyboard.
        WebElement citizenship = driver.findElement(By.cssSelector("vaadin-multi-select-combo-box input"));
        citizenship.click();
        citizenship.sendKeys("Indien");
        await(d -> Boolean.TRUE.equals(js("const box = document.querySelector('vaadin-multi-select-combo-box');"
                + " return box.opened && !box.loading;")));
        citizenship.sendKeys(Keys.ARROW_DOWN);
        citizenship.sendKeys(Keys.ENTER);
        citizenship.sendKeys(Keys.ESCAPE);
        await(d -> Long.valueOf(1).equals(js(
                "return document.querySelector('vaadin-multi-select-combo-box').selectedItems.length;")));
        next("Weiter");
        awaitStep("Schritt 2 von 4: Aufenthalt");
        assertThat(driver.switchTo().activeElement().getDomAttribute("id"))
                .as("the focus moves to the new step's heading").isEqualTo("self-check-step-residence-heading");
        assertThat(driver.getTitle()).isEqualTo("Selbst-Check – Schritt 2 von 4: Aufenthalt – Welcome-Center Kreis Lippe");

        // Step 2, a middle step.
        radio("Im Ausland");
        settle();
        assertAccessible("step 2");
        next("Weiter");
        awaitStep("Schritt 3 von 4: Person und Qualifikation");

        // Step 3: a degree that is comparable to a German one.
        radio("Hochschulabschluss (Studium)");
        awaitPresent("//vaadin-radio-button[.//label[normalize-space()="
                + "'Anerkannt oder vergleichbar (z. B. anabin „H+“ oder Zeugnisbewertung der ZAB)']]");
        radio("Anerkannt oder vergleichbar (z. B. anabin „H+“ oder Zeugnisbewertung der ZAB)");
        type("vaadin-integer-field", "Alter der Person in Jahren", "34");
        next("Weiter");
        awaitStep("Schritt 4 von 4: Stelle");

        // Step 4: the salary, and a decision date whose figures are known.
        checkbox("Die Stelle setzt eine Berufsausbildung oder ein Studium voraus (qualifizierte Beschäftigung)");
        type("vaadin-big-decimal-field", "Bruttojahresgehalt laut Vertrag in Euro", "60000");
        WebElement date = field("vaadin-date-picker", "Geplantes Entscheidungs- oder Startdatum");
        date.sendKeys(Keys.chord(Keys.CONTROL, "a"), "01.03.2026", Keys.ENTER);
        settle();
        date.sendKeys(Keys.TAB);
        settle();
        next("Ergebnis anzeigen");

        await(d -> Boolean.TRUE.equals(js("const h1 = document.querySelector('main h1');"
                + " return h1 !== null && h1.textContent.trim() === 'Ergebnis des Selbst-Checks';")));
        settle();
        assertThat(driver.getTitle()).isEqualTo("Selbst-Check – Ergebnis – Welcome-Center Kreis Lippe");
        assertThat(driver.findElement(By.cssSelector(".result-pathway h3")).getText())
                .isEqualTo("Blaue Karte EU (§ 18g AufenthG)");
        assertThat(driver.findElement(By.cssSelector(".result-outcome")).getText()).isEqualTo("Einschätzung: Möglich");
        WebElement whyNot = driver.findElement(By.cssSelector("vaadin-details.result-why-not"));
        whyNot.findElement(By.cssSelector("vaadin-details-summary")).click();
        await(d -> "true".equals(whyNot.getDomAttribute("opened")) || whyNot.getDomAttribute("opened") != null);
        assertAccessible("result");
    }

    private void next(String text) {
        driver.findElement(By.xpath("//vaadin-button[normalize-space()='" + text + "']")).click();
    }

    private void radio(String label) {
        driver.findElement(By.xpath("//vaadin-radio-button[.//label[normalize-space()='" + label + "']]//label"))
                .click();
    }

    private void checkbox(String label) {
        driver.findElement(By.xpath("//vaadin-checkbox[./label[normalize-space()='" + label + "']]/label")).click();
        settle();
    }

    private void awaitPresent(String xpath) {
        await(d -> !d.findElements(By.xpath(xpath)).isEmpty());
    }

    private WebElement field(String tag, String label) {
        return driver.findElement(By.xpath("//" + tag + "[./label[normalize-space()='" + label + "']]//input"));
    }

    private void type(String tag, String label, String text) {
        WebElement input = field(tag, label);
        input.click();
        input.sendKeys(text, Keys.TAB);
        settle();
    }

    /** Waits for the step's heading; asked in the page itself, because Vaadin may replace the elements meanwhile. */
    private void awaitStep(String heading) {
        await(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return Array.from("
                + "document.querySelectorAll('main h2')).some(h => h.textContent.trim() === arguments[0]);", heading)));
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
