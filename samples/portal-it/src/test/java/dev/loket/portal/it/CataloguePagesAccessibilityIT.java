package dev.loket.portal.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every catalogue page in a real browser, in Dutch and English, as it first appears, with results
 * and with its errors: WCAG 2.2 A/AA by axe-core with zero violations. Also: the product page's
 * JSON-LD block is intact data under the strict content security policy.
 */
class CataloguePagesAccessibilityIT {

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
    @ValueSource(strings = {"nl", "en"})
    void everyCataloguePageHasNoViolationsWithOrWithoutErrors(String language) {
        browser.manage().deleteAllCookies();
        open("/?lang=" + language);
        assertAccessible("the home page with its catalogue links in " + language);

        open("/catalogue?lang=" + language);
        assertThat(browser.findElements(By.cssSelector("main .loket-card"))).as("most used and life events").hasSizeGreaterThan(8);
        assertAccessible("the search page before a search, with the most used services and the life events, in " + language);
        open("/catalogue?q=portemonnee+gestolen&lang=" + language);
        assertThat(browser.findElements(By.cssSelector("main section[aria-labelledby=life-event-heading] a"))).isNotEmpty();
        assertAccessible("search results about a life event in " + language);
        open("/catalogue?q=paspoort&lang=" + language);
        assertThat(browser.findElements(By.cssSelector("main .loket-card"))).isNotEmpty();
        assertAccessible("search results with facets in " + language);
        open("/catalogue?q=&payment=CASH&lifeEvent=identiteitsbewijs-kwijt-of-gestolen&pageSize=2&lang=" + language);
        assertAccessible("filtered results with paging in " + language);
        open("/catalogue?q=" + "a".repeat(201) + "&lang=" + language);
        assertThat(browser.findElements(By.cssSelector(".loket-error-summary"))).isNotEmpty();
        assertAccessible("the search page with its error in " + language);

        open("/catalogue/product?id=" + URLEncoder.encode("https://catalogus.voorbeeld.nl/utrecht/identiteitskaart",
                StandardCharsets.UTF_8) + "&lang=" + language);
        assertAccessible("a product page in " + language);
        Object type = browser.executeScript("return JSON.parse(document.querySelector("
                + "'script[type=\"application/ld+json\"]').textContent)['@type'];");
        assertThat(type).as("the JSON-LD block is intact").isEqualTo("GovernmentService");
        Object styled = browser.executeScript("return getComputedStyle(document.querySelector('.utrecht-page-header'))"
                + ".backgroundColor;");
        assertThat(String.valueOf(styled)).as("styles load under the CSP").isNotEqualTo("rgba(0, 0, 0, 0)");
        open("/catalogue/product?id=https%3A%2F%2Fnergens.example%2Fx&lang=" + language);
        assertAccessible("the error page of an unknown product in " + language);

        open("/catalogue/life-events?lang=" + language);
        assertAccessible("the life events in " + language);
        open("/catalogue/life-events/identiteitsbewijs-kwijt-of-gestolen?lang=" + language);
        assertAccessible("a life event without a municipality in " + language);
        open("/catalogue/life-events/identiteitsbewijs-kwijt-of-gestolen?municipality=GM0344&lang=" + language);
        assertThat(browser.findElements(By.cssSelector("main ol > li"))).hasSize(5);
        assertAccessible("a life event for Utrecht in " + language);
        open("/catalogue/life-events/verhuizen?municipality=Utrecht&lang=" + language);
        assertThat(browser.findElements(By.cssSelector(".loket-error-summary"))).isNotEmpty();
        assertAccessible("a life event with a wrong municipality in " + language);

        open("/catalogue/eligibility?lang=" + language);
        assertAccessible("the eligibility form in " + language);
        browser.findElement(By.id("fact-age")).sendKeys("dertig");
        submit();
        assertThat(browser.findElements(By.cssSelector(".loket-error-summary"))).isNotEmpty();
        assertAccessible("the eligibility form with its error in " + language);
        WebElement age = browser.findElement(By.id("fact-age"));
        age.clear();
        age.sendKeys("30");
        browser.findElement(By.cssSelector("#fact-municipality option[value=GM0344]")).click();
        submit();
        assertThat(browser.findElements(By.cssSelector(".loket-error-summary"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("main .loket-card"))).isNotEmpty();
        assertAccessible("the eligibility answer in " + language);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void theEligibilityPageHasNoViolationsWhenItOffersKeepsAndForgetsAnswers(String language) {
        browser.manage().deleteAllCookies();
        open("/development/sign-in?lang=" + language);
        browser.findElement(By.id("bsn")).sendKeys(TestPersons.newBsn());
        click(browser.findElement(By.cssSelector("main form button")));

        open("/catalogue/eligibility?lang=" + language);
        assertThat(browser.findElements(By.id("remember"))).as("the box that gives consent").hasSize(1);
        assertAccessible("the eligibility form offering to keep the answers in " + language);
        browser.findElement(By.id("fact-age")).sendKeys("30");
        browser.findElement(By.id("remember")).click();
        submit();
        assertThat(browser.findElements(By.cssSelector("main form.loket-kept"))).hasSize(1);
        assertAccessible("the eligibility answer, just kept, in " + language);

        open("/catalogue/eligibility?lang=" + language);
        assertThat(browser.findElement(By.id("fact-age")).getAttribute("value")).isEqualTo("30");
        assertAccessible("the eligibility answer from kept answers in " + language);
        click(browser.findElement(By.cssSelector("main form.loket-kept button")));
        assertThat(browser.findElement(By.id("fact-age")).getAttribute("value")).isEmpty();
        assertAccessible("the eligibility form after forgetting the answers in " + language);
    }

    private static void submit() {
        click(browser.findElement(By.cssSelector("main form .utrecht-button--primary-action")));
    }

    private static void click(WebElement button) {
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> {
            try {
                button.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
    }

    private static void open(String path) {
        browser.get(Portal.BASE.resolve(path).toString());
    }

    private static void assertAccessible(String what) {
        Axe.assertNoViolations(browser, what);
    }
}
