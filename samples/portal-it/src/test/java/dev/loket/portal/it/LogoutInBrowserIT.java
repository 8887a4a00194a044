package dev.loket.portal.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logout and the end of a session in a real browser (Chromium): what the portal asks the browser to
 * remove is really gone, including cookies that other pages set at their own paths, and the pages
 * that say so pass axe-core.
 */
class LogoutInBrowserIT {

    private static final String FORM = "/forms/aanvraag-identiteitskaart-verlies";
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

    @BeforeEach
    void freshBrowser() {
        browser.get(Portal.BASE.resolve("/").toString());
        browser.manage().deleteAllCookies();
    }

    private static void open(String path) {
        browser.get(Portal.BASE.resolve(path).toString());
    }

    /** At the simulator page: picks the person and the level and logs in. */
    private static void logInAtSimulator(String bsn, String level) {
        assertThat(browser.getCurrentUrl()).contains("/dev-idp/authorize");
        browser.findElement(By.id("person-" + bsn)).click();
        browser.findElement(By.id("level-" + level)).click();
        // In main: the layout's header has a form of its own (the language switch).
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
    }

    /** Waits until the browser has arrived at a path, after a form sent it through redirects. */
    private static void awaitPath(String path) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> java.net.URI.create(d.getCurrentUrl()).getPath().equals(path));
    }

    @Test
    void logoutRemovesTheSessionAndTheFormDraftFromTheBrowser() {
        open("/mijn");
        logInAtSimulator("999993653", "MIDDEN");
        awaitPath("/mijn");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Mijn omgeving");
        open(FORM);
        browser.findElement(By.cssSelector("form.loket-inline-form button[type=submit]")).click();
        open(FORM);
        assertThat(browser.manage().getCookieNamed("loket-draft")).as("the form's draft").isNotNull();

        open("/auth/logout?lang=nl");
        Axe.assertNoViolations(browser, "the logout page");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        awaitPath("/");

        assertThat(browser.manage().getCookieNamed("loket-session")).isNull();
        open(FORM);
        assertThat(browser.manage().getCookieNamed("loket-draft")).as("the form's draft after logout").isNull();
        open("/mijn");
        assertThat(browser.getCurrentUrl()).as("logged out").contains("/dev-idp/authorize");
    }

    @Test
    void aStepUpAsAnotherPersonEndsInAPageThatSaysSo() {
        for (String language : new String[]{"nl", "en"}) {
            browser.manage().deleteAllCookies();
            // The page after the callback speaks the language the person chose (the loket-lang cookie).
            browser.manage().addCookie(new org.openqa.selenium.Cookie("loket-lang", language, "/"));
            open("/mijn");
            logInAtSimulator("999993653", "MIDDEN");
            awaitPath("/mijn");
            open("/mijn/zaken");
            logInAtSimulator("999993872", "SUBSTANTIEEL");
            awaitPath("/auth/callback");

            assertThat(browser.findElement(By.tagName("h1")).getText())
                    .isEqualTo(language.equals("nl") ? "U bent uitgelogd" : "You have been logged out");
            Axe.assertNoViolations(browser, "the page after a step-up as another person in " + language);
            assertThat(browser.manage().getCookieNamed("loket-session")).isNull();
        }
    }
}
