package dev.loket.portal.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Resume codes are checked with PBKDF2, tens of milliseconds of CPU each: a client that tries too
 * many is throttled (429 with Retry-After) before anything is checked, and what a guesser sees never
 * tells an unknown code from a known one. The test server trusts the tests as its proxy, so each test
 * plays its own clients through {@code X-Forwarded-For}.
 */
class ResumeThrottlingIT {

    private static final String FORM = "/api/forms/aanvraag-identiteitskaart-verlies";
    private static final String RESUMPTION = "/api/forms/sessions/resumption";

    @BeforeAll
    static void portalIsReady() {
        Portal.awaitReady();
    }

    @Test
    void throttlesAClientThatTriesTooManyCodesButNotTheNextClient() {
        String guesser = "198.51.100.11";
        for (int i = 0; i < 10; i++) {
            assertThat(resume("ZZZZ-ZZZ" + (i % 8 + 2), "AAAAA-AAAAA", guesser).statusCode()).isEqualTo(404);
        }

        HttpResponse<String> throttled = resume("ZZZZ-ZZZ2", "AAAAA-AAAAA", guesser, "Accept-Language", "en");
        HttpResponse<String> someoneElse = resume("ZZZZ-ZZZ2", "AAAAA-AAAAA", "198.51.100.12");

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(Portal.json(throttled).get("type").asText()).isEqualTo("https://loket.dev/problems/too-many-requests");
        assertThat(Portal.json(throttled).get("detail").asText()).startsWith("You tried this too often");
        assertThat(throttled.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
        assertThat(someoneElse.statusCode()).isEqualTo(404);
    }

    @Test
    void throttlesTheResumePageWithAPageInThePersonsLanguage() {
        WebSession guesser = new WebSession("en").withHeader("X-Forwarded-For", "198.51.100.13");
        guesser.get("/forms/resume");
        for (int i = 0; i < 10; i++) {
            assertThat(guesser.post("/forms/resume", WebSession.fields("code", "ZZZZ-ZZZZ", "secret", "AAAAA-AAAAA"))
                    .statusCode()).isEqualTo(422);
        }

        HttpResponse<String> throttled = guesser.post("/forms/resume", WebSession.fields("code", "ZZZZ-ZZZZ",
                "secret", "AAAAA-AAAAA"));

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
        assertThat(throttled.body()).contains("You tried this too often").contains("name=\"code\"");
    }

    @Test
    void answersAnUnknownCodeExactlyLikeAKnownCodeWithAWrongSecretOrALockedCode() {
        String session = Portal.json(Portal.send("POST", FORM + "/sessions", "application/json", "{}")).get("session").asText();
        JsonNode issued = Portal.json(Portal.send("POST", FORM + "/sessions/" + session + "/resume-code", "application/json", ""));
        String code = issued.get("code").asText();
        String unknownCode = code.startsWith("Z") ? "Y" + code.substring(1) : "Z" + code.substring(1);

        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long start = System.nanoTime();
            HttpResponse<String> wrong = resume(code, "AAAAA-AAAAA", "198.51.100.14");
            known.add(System.nanoTime() - start);
            start = System.nanoTime();
            HttpResponse<String> none = resume(unknownCode, "AAAAA-AAAAA", "198.51.100.15");
            unknown.add(System.nanoTime() - start);
            assertThat(wrong.statusCode()).isEqualTo(404);
            assertThat(none.statusCode()).isEqualTo(404);
            answers.add(wrong.body());
            answers.add(none.body());
        }
        // Ten wrong secrets lock the code: now even the right secret gets the same answer.
        HttpResponse<String> locked = resume(code, issued.get("secret").asText(), "198.51.100.16");

        assertThat(locked.statusCode()).isEqualTo(404);
        assertThat(answers).allMatch(answers.get(0)::equals);
        assertThat(locked.body()).isEqualTo(answers.get(0));
        // Both spend one PBKDF2 check: no timing tells them apart (loosely, for a busy test machine).
        assertThat((double) median(unknown) / median(known)).isBetween(0.5, 2.0);
    }

    private static long median(List<Long> times) {
        return times.stream().sorted().toList().get(times.size() / 2);
    }

    private static HttpResponse<String> resume(String code, String secret, String client, String... headers) {
        List<String> all = new ArrayList<>(List.of("X-Forwarded-For", client));
        all.addAll(List.of(headers));
        return Portal.send("POST", RESUMPTION, "application/json",
                "{\"code\": \"" + code + "\", \"secret\": \"" + secret + "\"}", all.toArray(String[]::new));
    }
}
