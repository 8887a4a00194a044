package dev.loket.portal.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of every example form in a real browser, as it first appears and with its errors shown:
 * WCAG 2.2 A/AA by axe-core with zero violations; and one whole form done with the keyboard only.
 */
class FormPagesAccessibilityIT {

    private static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() {
        Portal.awaitReady();
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"aanvraag-identiteitskaart-verlies", "verhuizing", "bijzondere-bijstand"})
    void hasNoViolationsOnAnyPageOfTheFormWithOrWithoutErrors(String form) {
        browser.manage().deleteAllCookies();
        open("/forms?lang=nl");
        assertAccessible("the list of forms");
        open("/forms/" + form);
        assertAccessible("the start page of " + form);

        useDraft(form, newSession(form, complete(form)));
        open("/forms/" + form + "/check");
        assertThat(browser.getCurrentUrl()).as("complete answers go to the check").endsWith("/forms/" + form + "/check");
        assertAccessible("the check page of " + form);
        Set<String> pages = changeLinks();
        assertThat(pages).isNotEmpty();

        for (String page : pages) {
            useDraft(form, newSession(form, complete(form)));
            open(page);
            assertAccessible(page);
            clearTheAnswersOnThePage();
            WebElement next = browser.findElement(By.cssSelector("main .loket-actions .utrecht-button--primary-action"));
            next.click();
            awaitNextPage(next);
            assertAccessible(page + " with its errors");
        }

        useDraft(form, newSession(form, complete(form)));
        open(pages.iterator().next());
        WebElement later = browser.findElement(By.cssSelector("main button[value=later]"));
        later.click();
        awaitNextPage(later);
        awaitHeading("Uw antwoorden zijn bewaard");
        assertAccessible("the saved page of " + form);

        useDraft(form, newSession(form, complete(form)));
        open("/forms/" + form + "/check");
        browser.findElement(By.cssSelector("main form button.utrecht-button--primary-action")).click();
        awaitHeading("Uw aanvraag is verstuurd");
        assertAccessible("the confirmation of " + form);
    }

    @Test
    void hasNoViolationsWhenContinuingWithACodeInEitherLanguage() {
        for (String language : List.of("nl", "en")) {
            browser.manage().deleteAllCookies();
            open("/forms/resume?lang=" + language);
            assertAccessible("the resume page in " + language);
            browser.findElement(By.id("resume-code")).sendKeys("K7QM-3XPA");
            browser.findElement(By.id("resume-secret")).sendKeys("AAAAA-AAAAA");
            WebElement open = browser.findElement(By.cssSelector("main form button"));
            open.click();
            awaitNextPage(open);
            assertThat(browser.findElements(By.cssSelector(".loket-error-summary"))).isNotEmpty();
            assertAccessible("the resume page with its error in " + language);
        }
    }

    @Test
    void hasNoViolationsOnThePageThatAsksToLogInForSomeoneElsesDraft() {
        WebSession counter = CounterPagesIT.employee();
        counter.get("/counter");
        String draft = WebSession.location(counter.post("/counter/forms", WebSession.fields(
                "form", "aanvraag-identiteitskaart-verlies", "bsn", CounterPagesIT.SUZANNE))).split("/")[4];
        for (String language : List.of("nl", "en")) {
            browser.manage().deleteAllCookies();
            open("/forms");
            useDraft("aanvraag-identiteitskaart-verlies", draft);
            open("/forms/aanvraag-identiteitskaart-verlies/continue?lang=" + language);
            assertThat(browser.findElement(By.tagName("h1")).getText())
                    .isEqualTo(language.equals("nl") ? "Log in om verder te gaan" : "Log in to continue");
            assertAccessible("the page that asks to log in for someone else's draft in " + language);
        }
    }

    @Test
    void hasNoViolationsAtTheCounterWithOrWithoutErrors() {
        browser.manage().deleteAllCookies();
        // Basic authentication in the address: Chromium logs the employee in for this origin.
        String withLogin = Portal.HTTPS.toString().replace("://", "://balie:balie-development-only@");
        browser.get(withLogin + "/counter?lang=nl");
        assertAccessible("the counter's start");

        browser.findElement(By.id("start-bsn")).sendKeys("123456789");
        WebElement start = browser.findElement(By.cssSelector("main form button"));
        start.click();
        awaitNextPage(start);
        assertThat(browser.findElements(By.cssSelector(".loket-error-summary"))).isNotEmpty();
        assertAccessible("the counter's start with its error");

        browser.findElement(By.id("start-bsn")).clear();
        browser.findElement(By.id("start-bsn")).sendKeys(CounterPagesIT.SUZANNE);
        start = browser.findElement(By.cssSelector("main form button"));
        start.click();
        awaitNextPage(start);
        assertThat(browser.findElements(By.cssSelector(".loket-counter-banner"))).isNotEmpty();
        assertAccessible("a counter page of a form");
        WebElement next = browser.findElement(By.cssSelector("main .loket-actions .utrecht-button--primary-action"));
        next.click();
        awaitNextPage(next);
        assertAccessible("a counter page of a form with its errors");
    }

    @Test
    void completesAWholeFormWithTheKeyboardOnly() {
        browser.manage().deleteAllCookies();
        open("/forms/aanvraag-identiteitskaart-verlies?lang=nl");

        WebElement start = tabTo(e -> e.getText().equals("Start nu"));
        start.sendKeys(Keys.ENTER);
        awaitNextPage(start);
        choose("/gebeurtenis", 1);
        type("/datum_verlies", "1-11-2026");
        next();                                    // the optional story: nothing to tell
        type("/voornamen", "Fatima");
        type("/achternaam", "El Amrani");
        type("/geboortedatum", "12 april 1979");
        type("/bsn", "999993653");
        next();                                    // e-mail is optional
        next();                                    // phone is optional
        choose("/spoed", 2);
        next();                                    // the photo is brought to the counter
        choose("/betaalwijze", 3);
        tabTo(e -> "/verklaring".equals(e.getAttribute("name"))).sendKeys(Keys.SPACE);
        next();

        awaitHeading("Controleer uw antwoorden");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Contant aan de balie").contains("12 april 1979");
        tabTo(e -> e.getText().equals("Versturen")).sendKeys(Keys.ENTER);
        awaitHeading("Uw aanvraag is verstuurd");
    }

    /** Tabs to the question's first choice, moves with the arrow keys to the n-th, and goes on. */
    private static void choose(String name, int n) {
        WebElement first = tabTo(e -> name.equals(e.getAttribute("name")));
        first.sendKeys(Keys.SPACE);
        for (int i = 1; i < n; i++) {
            browser.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        }
        next();
    }

    /** Tabs to the field, types, and presses Enter: the form goes on as with "Volgende". */
    private static void type(String name, String text) {
        WebElement field = tabTo(e -> name.equals(e.getAttribute("name")));
        field.sendKeys(text, Keys.ENTER);
        awaitNextPage(field);
    }

    private static void next() {
        String before = browser.getCurrentUrl();
        WebElement button = tabTo(e -> e.getText().equals("Volgende"));
        button.sendKeys(Keys.ENTER);
        awaitNextPage(button);
        assertThat(browser.findElements(By.cssSelector(".loket-error-summary")))
                .as("no errors after leaving " + before).isEmpty();
    }

    private static WebElement tabTo(Predicate<WebElement> wanted) {
        WebElement active = browser.switchTo().activeElement();
        for (int i = 0; i < 60; i++) {
            if (wanted.test(active)) {
                return active;
            }
            // To the page, not to the element: a file input takes sendKeys as the path of a file to add.
            new Actions(browser).sendKeys(Keys.TAB).perform();
            active = browser.switchTo().activeElement();
        }
        throw new AssertionError("Not reachable with Tab on " + browser.getCurrentUrl());
    }

    /** Waits until the page that held {@code element} has been replaced by the next one. */
    private static void awaitNextPage(WebElement element) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                // Stale, or (as Chromium sometimes says it) no longer in the document: the next page is there.
                return true;
            }
        });
    }

    /** Waits for the next page (a click returns before it has loaded) and checks its heading. */
    private static void awaitHeading(String expected) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElements(By.tagName("h1")).stream()
                    .anyMatch(h -> expected.equals(h.getText())));
        } catch (TimeoutException e) {
            throw new AssertionError("Expected a page with heading \"" + expected + "\" at " + browser.getCurrentUrl()
                    + ":\n" + browser.getPageSource(), e);
        }
    }

    private static void open(String path) {
        browser.get(Portal.BASE.resolve(path).toString());
    }

    private static void useDraft(String form, String session) {
        browser.manage().deleteCookieNamed("loket-draft");
        browser.manage().addCookie(new Cookie.Builder("loket-draft", session).path("/forms/" + form).isHttpOnly(true).build());
    }

    /** A draft with these answers, made through the JSON API: the web continues it like any other. */
    private static String newSession(String form, String data) {
        var response = Portal.send("POST", "/api/forms/" + form + "/sessions", "application/json", "{\"data\": " + data + "}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Portal.json(response).get("session").asText();
    }

    private static Set<String> changeLinks() {
        Set<String> pages = new LinkedHashSet<>();
        for (WebElement link : browser.findElements(By.cssSelector(".loket-summary-list__actions a"))) {
            pages.add(URI.create(link.getAttribute("href")).getRawPath());
        }
        return pages;
    }

    private static void clearTheAnswersOnThePage() {
        browser.executeScript("document.querySelectorAll('main input[type=text], main textarea, main select')"
                + ".forEach(e => e.value = '');"
                + "document.querySelectorAll('main input[type=checkbox], main input[type=radio]')"
                + ".forEach(e => e.checked = false);");
    }

    private static void assertAccessible(String what) {
        Axe.assertNoViolations(browser, what);
    }

    static String complete(String form) {
        LocalDate nextWeek = LocalDate.now().plusDays(7);
        return switch (form) {
            case "verhuizing" -> "{\"verhuisdatum\": \"" + nextWeek + "\", \"nieuw_adres\": {\"postcode\": \"1234 AB\","
                    + " \"houseNumber\": 12}, \"hoofdbewoner\": true, \"naam_hoofdbewoner\": \"Jan Bos\","
                    + " \"met_anderen\": true, \"medeverhuizers\": [{\"voornaam\": \"Sam\", \"achternaam\": \"Bos\","
                    + " \"geboortedatum\": \"1990-01-01\", \"email\": \"sam@example.nl\"}],"
                    + " \"email\": \"jan@example.nl\", \"verklaring\": true}";
            case "aanvraag-identiteitskaart-verlies" -> "{\"gebeurtenis\": \"gestolen\", \"aangifte_gedaan\": true,"
                    + " \"datum_verlies\": \"2026-11-01\", \"voornamen\": \"Fatima\", \"achternaam\": \"El Amrani\","
                    + " \"geboortedatum\": \"1979-04-12\", \"bsn\": \"999993653\", \"spoed\": false,"
                    + " \"betaalwijze\": \"CASH\", \"verklaring\": true}";
            default -> read(Path.of(System.getProperty("loket.it.example-forms"), form + ".data.json"));
        };
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
