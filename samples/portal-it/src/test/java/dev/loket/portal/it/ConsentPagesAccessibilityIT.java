package dev.loket.portal.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the citizen's overview in a real browser, in Dutch and English, empty and filled,
 * with errors: WCAG 2.2 A/AA by axe-core with zero violations.
 */
class ConsentPagesAccessibilityIT {

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
    void hasNoViolationsOnTheCitizensPagesEmptyFilledAndWithErrors(String language) {
        browser.manage().deleteAllCookies();
        open("/development/sign-in?lang=" + language);
        Axe.assertNoViolations(browser, "the development sign-in in " + language);
        submit("bsn", "123456789");
        assertThat(browser.findElements(By.cssSelector(".loket-error-summary"))).isNotEmpty();
        Axe.assertNoViolations(browser, "the development sign-in with its error in " + language);

        String bsn = TestPersons.newBsn();
        CounterPagesIT.employee().post("/counter/forms", WebSession.fields("form", "aanvraag-identiteitskaart-verlies",
                "bsn", bsn));
        submit("bsn", bsn);
        assertThat(browser.getCurrentUrl()).contains("/consent");
        Axe.assertNoViolations(browser, "my consents, none given, in " + language);

        WebElement give = browser.findElement(By.cssSelector("main form button.utrecht-button--primary-action"));
        give.click();
        awaitNextPage(give);
        assertThat(browser.findElements(By.cssSelector("main .utrecht-alert"))).isNotEmpty();
        Axe.assertNoViolations(browser, "my consents, one given with its receipt, in " + language);

        open("/consent/usage?lang=" + language);
        assertThat(browser.findElements(By.cssSelector("main .loket-card"))).isNotEmpty();
        Axe.assertNoViolations(browser, "who used my data, with the counter's prefill, in " + language);

        open("/consent/erasure?lang=" + language);
        Axe.assertNoViolations(browser, "the erasure request in " + language);
        WebElement erase = browser.findElement(By.cssSelector("main form button.utrecht-button--primary-action"));
        erase.click();
        awaitNextPage(erase);
        assertThat(browser.findElements(By.cssSelector("main .loket-card"))).as("what is kept").isNotEmpty();
        Axe.assertNoViolations(browser, "what the erasure removed and kept, in " + language);
    }

    @Test
    void hasNoViolationsOnTheCountersPages() {
        browser.manage().deleteAllCookies();
        // Basic authentication in the address: Chromium logs the employee in for this origin.
        String withLogin = Portal.HTTPS.toString().replace("://", "://balie:balie-development-only@");
        browser.get(withLogin + "/counter/consent?lang=nl");
        Axe.assertNoViolations(browser, "the counter's consent start");
        submit("bsn", "123456789");
        Axe.assertNoViolations(browser, "the counter's consent start with its error");

        submit("bsn", TestPersons.newBsn());
        assertThat(browser.findElements(By.cssSelector(".loket-counter-banner"))).isNotEmpty();
        Axe.assertNoViolations(browser, "a citizen's consents at the counter");
        WebElement give = browser.findElement(By.cssSelector("main form button.utrecht-button--primary-action"));
        give.click();
        awaitNextPage(give);
        Axe.assertNoViolations(browser, "a citizen's consents at the counter, one given");
        browser.get(browser.getCurrentUrl().replaceAll("\\?.*", "") + "/usage");
        Axe.assertNoViolations(browser, "who used a citizen's data, at the counter");
        browser.get(browser.getCurrentUrl().replace("/usage", "/erasure"));
        Axe.assertNoViolations(browser, "a citizen's erasure request at the counter");
    }

    private static void submit(String field, String value) {
        WebElement input = browser.findElement(By.id(field));
        input.clear();
        input.sendKeys(value);
        WebElement button = browser.findElement(By.cssSelector("main form button"));
        button.click();
        awaitNextPage(button);
    }

    private static void open(String path) {
        browser.get(Portal.BASE.resolve(path).toString());
    }

    private static void awaitNextPage(WebElement element) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
    }
}
