package dev.loket.portal.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static dev.loket.portal.it.WebSession.fields;
import static dev.loket.portal.it.WebSession.location;
import static org.assertj.core.api.Assertions.assertThat;

/** The language switch goes back to a page on this site, and home for anything else; never an error. */
class LanguageSwitchIT {

    @BeforeAll
    static void portalIsReady() {
        Portal.awaitReady();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/%zz", "/a^b", "/a{b}", "/x#a#b", "/[::1]", "https://elders.example/", "//elders.example"})
    void goesHomeForAReturnToThatIsNoPathOnThisSite(String returnTo) {
        WebSession browser = new WebSession("nl");
        browser.get("/");

        HttpResponse<String> switched = browser.post("/language", fields("lang", "en", "returnTo", returnTo));

        assertThat(switched.statusCode()).as(URLEncoder.encode(returnTo, StandardCharsets.UTF_8) + ": " + switched.body())
                .isEqualTo(303);
        assertThat(location(switched)).isEqualTo("/");
    }
}
