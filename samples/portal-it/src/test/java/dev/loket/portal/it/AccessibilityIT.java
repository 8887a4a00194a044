package dev.loket.portal.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;


import static org.assertj.core.api.Assertions.assertThat;

/** The portal's pages in a real browser: WCAG 2.2 A/AA by axe-core, and usable with the keyboard. */
class AccessibilityIT {

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
    @ValueSource(strings = {"/?lang=nl", "/?lang=en", "/no/such/page?lang=nl", "/no/such/page?lang=en",
            "/auth/logout?lang=nl", "/auth/logout?lang=en"})
    void hasNoWcagViolations(String path) {
        browser.get(Portal.BASE.resolve(path).toString());

        Axe.assertNoViolations(browser, path);
    }

    @Test
    void loadsTheStylesDespiteTheStrictContentSecurityPolicy() {
        browser.get(Portal.BASE.resolve("/").toString());

        String headerBackground = browser.findElement(By.cssSelector(".utrecht-page-header")).getCssValue("background-color");

        assertThat(headerBackground).isEqualTo("rgba(21, 66, 115, 1)");
    }

    @Test
    void switchesLanguageWithTheKeyboardOnly() {
        browser.manage().deleteAllCookies();
        browser.get(Portal.BASE.resolve("/").toString());
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
        WebElement body = browser.findElement(By.tagName("body"));

        body.sendKeys(Keys.TAB);
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Direct naar de inhoud");
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement languageButton = browser.switchTo().activeElement();
        assertThat(languageButton.getText()).isEqualTo("English");
        languageButton.sendKeys(Keys.ENTER);

        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("One counter for all of government");
        assertThat(browser.manage().getCookieNamed("loket-lang").getValue()).isEqualTo("en");
        browser.get(Portal.BASE.resolve("/").toString());
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).as("the choice is remembered")
                .isEqualTo("en");
    }

}
