package dev.loket.portal.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen's way in, in a real browser (Chromium), in Dutch and English: from the home page's card to
 * their data, the offer to log in there, back at the overview after logging in, the header that says they
 * are logged in, and its logout button. Every page passes axe-core (WCAG 2.2 A/AA) with zero violations.
 */
class HeaderAndLoginInBrowserIT {

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

    private static void awaitPath(String path) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> URI.create(d.getCurrentUrl()).getPath().equals(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void fromTheHomePageToYourDataThroughTheLoginAndOutAgain(String language) {
        browser.get(Portal.BASE.resolve("/").toString());
        browser.manage().deleteAllCookies();
        browser.manage().addCookie(new org.openqa.selenium.Cookie("loket-lang", language, "/"));
        browser.get(Portal.BASE.resolve("/").toString());
        assertThat(browser.findElement(By.cssSelector(".loket-agency-name")).getText()).isEqualTo("Gemeente Voorbeeld");
        assertThat(browser.findElements(By.cssSelector("form.loket-logout"))).as("nobody logged in").isEmpty();

        browser.findElement(By.cssSelector("main a[href='/consent']")).click();
        awaitPath("/consent");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(language.equals("nl") ? "Log eerst in" : "Log in first");
        Axe.assertNoViolations(browser, "the offer to log in at /consent in " + language);

        browser.findElement(By.cssSelector("main a.utrecht-button")).click();
        awaitPath("/dev-idp/authorize");
        browser.findElement(By.id("person-999993653")).click();
        browser.findElement(By.id("level-MIDDEN")).click();
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        awaitPath("/consent");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(language.equals("nl") ? "Uw toestemmingen" : "Your consents");

        String header = browser.findElement(By.tagName("header")).getText();
        assertThat(header).contains(language.equals("nl") ? "U bent ingelogd" : "You are logged in").doesNotContain("999993653");
        Axe.assertNoViolations(browser, "the overview with the logged-in header in " + language);
        browser.get(Portal.BASE.resolve("/").toString());
        Axe.assertNoViolations(browser, "the home page with the logged-in header in " + language);

        browser.findElement(By.cssSelector("header form.loket-logout button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.findElements(By.cssSelector("form.loket-logout")).isEmpty());
        assertThat(browser.manage().getCookieNamed("loket-session")).as("logged out").isNull();
    }
}
