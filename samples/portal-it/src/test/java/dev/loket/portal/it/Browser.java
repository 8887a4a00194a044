package dev.loket.portal.it;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;

/**
 * Debian's headless Chromium, driven by Debian's chromedriver: no browser is downloaded at test
 * time. {@code .ci/run} installs both; a developer runs {@code apt-get install chromium chromium-driver}.
 */
final class Browser {

    static final File CHROMIUM = new File(System.getProperty("loket.it.chromium", "/usr/bin/chromium"));
    static final File CHROMEDRIVER = new File(System.getProperty("loket.it.chromedriver", "/usr/bin/chromedriver"));

    private Browser() {
    }

    static ChromeDriver start() {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            throw new IllegalStateException("Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": run `apt-get install chromium chromium-driver` (.ci/run does this)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // A Dutch browser, as most citizens have: English pages must be asked for.
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "nl-NL,nl"));
        options.addArguments("--lang=nl-NL", "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900",
                // The counter is only on HTTPS, where the test server has Liberty's self-signed certificate.
                "--ignore-certificate-errors", "--user-data-dir=" + freshProfile(),
                // Chromium refuses some ports (10080 among them) unless told otherwise; the test server may use one.
                "--explicitly-allowed-ports=" + Portal.BASE.getPort() + "," + Portal.HTTPS.getPort());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    private static String freshProfile() {
        try {
            return Files.createTempDirectory("loket-chromium").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
