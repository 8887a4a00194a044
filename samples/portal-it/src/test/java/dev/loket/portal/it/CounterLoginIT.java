package dev.loket.portal.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** The counter employees' login: HTTPS only, strict cookies, wrong passwords throttled without telling which names exist. */
class CounterLoginIT {

    @BeforeAll
    static void portalIsReady() {
        Portal.awaitReady();
    }

    @Test
    void sendsTheCounterOverPlainHttpToHttpsAndNeverServesIt() {
        HttpResponse<String> anonymous = Portal.get("/counter");
        HttpResponse<String> withLogin = Portal.get("/counter/consent", "Authorization", CounterPagesIT.EMPLOYEE);

        for (HttpResponse<String> response : java.util.List.of(anonymous, withLogin)) {
            assertThat(response.statusCode()).as(response.body()).isBetween(301, 308);
            assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("https://"));
            assertThat(response.body()).doesNotContain("Balie");
        }
    }

    @Test
    void logsInOverHttpsWithSecureStrictCookiesOnly() {
        HttpResponse<String> counter = Portal.sendHttps("GET", "/counter", null, null,
                "Authorization", CounterPagesIT.EMPLOYEE, "Accept", "text/html");

        assertThat(counter.statusCode()).isEqualTo(200);
        assertThat(counter.body()).contains("Balie: een burger helpen");
        assertThat(counter.headers().allValues("Set-Cookie")).allSatisfy(cookie ->
                assertThat(cookie).containsIgnoringCase("secure").containsIgnoringCase("samesite"));
    }

    @Test
    void locksANameAfterFiveWrongPasswordsAndAnswersAnUnknownNameLikeAKnownOne() {
        String unknown = "niemand-" + System.nanoTime();
        HttpResponse<String> knownWrong = login("balie", "fout");
        HttpResponse<String> unknownWrong = login(unknown, "fout");

        assertThat(unknownWrong.statusCode()).isEqualTo(401).isEqualTo(knownWrong.statusCode());
        assertThat(unknownWrong.body()).isEqualTo(knownWrong.body());
        assertThat(unknownWrong.headers().firstValue("WWW-Authenticate"))
                .isEqualTo(knownWrong.headers().firstValue("WWW-Authenticate")).isPresent();

        for (int attempt = 2; attempt <= 5; attempt++) {
            assertThat(login(unknown, "fout" + attempt).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> locked = login(unknown, "fout6");

        assertThat(locked.statusCode()).as(locked.body()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isPositive());
        assertThat(locked.body()).contains("Te vaak een verkeerd wachtwoord");
        assertThat(login("balie", "balie-development-only").statusCode()).as("another name from the same client")
                .isEqualTo(200);
    }

    @Test
    void answersAScriptWithAProblemAndABasicChallenge() {
        HttpResponse<String> anonymous = Portal.sendHttps("GET", "/counter/consent", null, null,
                "Accept", "application/json", "Accept-Language", "en");

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(c -> assertThat(c).startsWith("Basic "));
        assertThat(Portal.json(anonymous).path("type").asText()).isEqualTo("https://loket.dev/problems/counter/required");
        assertThat(Portal.json(anonymous).path("instance").asText()).isEqualTo("/counter/consent");
        assertThat(Portal.json(anonymous).path("title").asText()).isEqualTo("Log in for the counter");
    }

    private static HttpResponse<String> login(String user, String password) {
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return Portal.sendHttps("GET", "/counter", null, null, "Authorization", basic, "Accept", "text/html",
                "Accept-Language", "nl");
    }
}
