package dev.loket.portal.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The forms JSON API on the portal: the same engine and texts as every other channel. */
class FormsApiIT {

    @BeforeAll
    static void portalIsReady() {
        Portal.awaitReady();
    }

    @Test
    void listsTheFormsOnOfferInTheRequestedLanguage() {
        HttpResponse<String> english = Portal.get("/api/forms", "Accept-Language", "en");

        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(Portal.json(english).findValuesAsText("id"))
                .containsExactly("aanvraag-identiteitskaart-verlies", "verhuizing", "bijzondere-bijstand");
        assertThat(Portal.json(english).findValuesAsText("title")).contains("Report a move");
        assertThat(Portal.json(Portal.get("/api/forms", "Accept-Language", "nl")).findValuesAsText("title"))
                .contains("Verhuizing doorgeven");
    }

    @Test
    void servesADefinitionAndAnswersAnUnknownFormWithAProblem() {
        HttpResponse<String> known = Portal.get("/api/forms/verhuizing");
        HttpResponse<String> unknown = Portal.get("/api/forms/bestaat-niet", "Accept-Language", "en");

        assertThat(known.statusCode()).isEqualTo(200);
        assertThat(Portal.json(known).get("loket").asText()).isEqualTo("1.0");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(Portal.json(unknown).get("type").asText()).isEqualTo("https://loket.dev/problems/forms/unknown-form");
        assertThat(Portal.json(unknown).get("detail").asText()).contains("bestaat-niet");
    }

    @Test
    void evaluatesAnswersWithVisibilityComputedValuesAndPlainMessages() {
        HttpResponse<String> response = Portal.send("POST", "/api/forms/aanvraag-identiteitskaart-verlies/evaluation",
                "application/json", "{\"gebeurtenis\": \"gestolen\", \"geboortedatum\": \"1985-03-17\", \"spoed\": true}",
                "Accept-Language", "nl");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode evaluation = Portal.json(response);
        assertThat(evaluation.get("complete").asBoolean()).isFalse();
        assertThat(evaluation.get("firstIncompleteStep").asText()).isEqualTo("situatie");
        JsonNode police = component(evaluation.get("steps").get(0), "aangifte_gedaan");
        assertThat(police.get("visible").asBoolean()).isTrue();
        assertThat(police.get("required").asBoolean()).isTrue();
        assertThat(police.get("errors").get(0).get("message").asText()).startsWith("Kies een antwoord");
        assertThat(evaluation.get("data").get("kosten").decimalValue()).isEqualByComparingTo("135.40");
    }

    @Test
    void sendsJsonAnswersWholeWithTheirLengthAndWithoutNulls() {
        HttpResponse<String> response = Portal.send("POST", "/api/forms/aanvraag-identiteitskaart-verlies/evaluation",
                "application/json", "{}", "Accept-Language", "nl");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Transfer-Encoding")).isEmpty();
        assertThat(response.headers().firstValueAsLong("Content-Length"))
                .hasValue(response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        // Loket's JSON settings leave out what has no value; Jackson's defaults would write "value": null.
        assertThat(component(Portal.json(response).get("steps").get(0), "gebeurtenis").has("value")).isFalse();
    }

    @Test
    void acceptsACompleteSubmissionCheckAndRefusesUnknownKeysWithFieldErrors() throws IOException {
        String complete = Files.readString(Path.of(System.getProperty("loket.it.example-forms"),
                "bijzondere-bijstand.data.json"));

        HttpResponse<String> accepted = Portal.send("POST", "/api/forms/bijzondere-bijstand/validation",
                "application/json", complete);
        HttpResponse<String> refused = Portal.send("POST", "/api/forms/bijzondere-bijstand/validation",
                "application/json", "{\"isAdmin\": true}", "Accept-Language", "en");
        HttpResponse<String> incomplete = Portal.send("POST", "/api/forms/bijzondere-bijstand/validation",
                "application/json", "{}", "Accept-Language", "en");

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        // Household income 2,372.65 is 472.65 above the norm of 1,900: the whole 849.99 is paid by the household.
        assertThat(Portal.json(accepted).get("data").get("huishoudinkomen").decimalValue()).isEqualByComparingTo("2372.65");
        assertThat(Portal.json(accepted).get("data").get("eigen_bijdrage").decimalValue()).isEqualByComparingTo("849.99");
        assertThat(Portal.json(accepted).get("data").get("te_ontvangen").decimalValue()).isEqualByComparingTo("0");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
        // Keys the form does not have are refused before the answers are evaluated: only they are named.
        assertThat(Portal.json(refused).get("errors").findValuesAsText("pointer")).containsExactly("/isAdmin");
        assertThat(Portal.json(incomplete).get("errors").findValuesAsText("pointer")).contains("/bsn");
        assertThat(Portal.json(refused).get("errors").findValuesAsText("detail"))
                .contains("This field does not belong to this form.");
    }

    private static JsonNode component(JsonNode step, String key) {
        for (JsonNode component : step.get("components")) {
            if (key.equals(component.path("key").asText())) {
                return component;
            }
        }
        throw new AssertionError("No component " + key + " in " + step);
    }
}
