package dev.loket.portal.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static dev.loket.portal.it.WebSession.fields;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Wat kan ik krijgen?" keeps a person's answers only when they are signed in and tick the box,
 * which gives consent; withdrawing that consent anywhere, or deleting the answers on the page,
 * leaves nothing kept.
 */
class EligibilityAnswersIT {

    private static final String PURPOSE = "/gemeente-voorbeeld/regelingen-antwoorden-bewaren";
    private static final String OFFER = "tenzij u daarom vraagt";
    private static final String LIKELY = "Waarschijnlijk voor u";

    @BeforeAll
    static void portalIsReady() {
        Portal.awaitReady();
    }

    @Test
    void nobodySignedInIsToldNothingIsKeptAndIsOfferedNoBox() {
        WebSession anonymous = new WebSession("nl");

        String form = anonymous.get("/catalogue/eligibility").body();
        assertThat(form).contains("Wij bewaren niets van wat u hier invult. Het is alleen voor deze uitkomst.")
                .doesNotContain("name=\"remember\"");

        HttpResponse<String> answered = anonymous.post("/catalogue/eligibility",
                fields("municipality", "GM0344", "age", "30", "remember", "yes"));
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.body()).contains(LIKELY).doesNotContain("bewaard");
    }

    @Test
    void answersAreKeptOnlyWhenThePersonTicksTheBoxAndAreFilledInWhenTheyComeBack() throws Exception {
        WebSession citizen = ConsentIT.signedIn(TestPersons.newBsn(), "nl");
        String form = citizen.get("/catalogue/eligibility").body();
        assertThat(form).contains(OFFER, "name=\"remember\"", "Gemeente Voorbeeld bewaart uw antwoorden");

        citizen.post("/catalogue/eligibility", fields("municipality", "GM0344", "age", "30"));
        assertThat(citizen.get("/catalogue/eligibility").body()).as("not ticked: not kept")
                .contains(OFFER).doesNotContain(LIKELY).doesNotContain("value=\"30\"");

        HttpResponse<String> kept = citizen.post("/catalogue/eligibility",
                fields("municipality", "GM0344", "age", "30", "remember", "yes"));
        assertThat(kept.body()).contains("Wij hebben uw antwoorden bewaard", "Wis mijn antwoorden", LIKELY);

        String back = citizen.get("/catalogue/eligibility").body();
        assertThat(back).contains("value=\"30\"", LIKELY, "U hebt gevraagd uw antwoorden te bewaren")
                .doesNotContain("name=\"remember\"");
        String cookie = "loket-development-subject=" + citizen.cookie("loket-development-subject");
        JsonNode consents = Portal.json(Portal.get("/api/consent/me/consents", "Cookie", cookie));
        assertThat(consents.toString()).contains("regelingen-antwoorden-bewaren", "\"state\":\"given\"");
        assertThat(processingMentions(cookie, "regelingen-antwoorden-bewaren"))
                .as("keeping and reading the answers are in the processing log").isTrue();

        // A change of answers replaces the kept ones, without asking again.
        citizen.post("/catalogue/eligibility", fields("municipality", "GM0344", "age", "67"));
        assertThat(citizen.get("/catalogue/eligibility").body()).contains("value=\"67\"").doesNotContain("value=\"30\"");
    }

    @Test
    void deletingTheAnswersOnThePageAlsoWithdrawsTheConsent() {
        WebSession citizen = ConsentIT.signedIn(TestPersons.newBsn(), "nl");
        citizen.get("/catalogue/eligibility");
        citizen.post("/catalogue/eligibility", fields("age", "30", "remember", "yes"));

        HttpResponse<String> forgotten = citizen.post("/catalogue/eligibility/forget", fields());
        assertThat(forgotten.statusCode()).isEqualTo(200);
        assertThat(forgotten.body()).contains("Wij hebben uw antwoorden gewist").doesNotContain("value=\"30\"");

        assertThat(citizen.get("/catalogue/eligibility").body()).contains(OFFER).doesNotContain("value=\"30\"");
        String cookie = "loket-development-subject=" + citizen.cookie("loket-development-subject");
        assertThat(Portal.json(Portal.get("/api/consent/me/consents", "Cookie", cookie)).toString())
                .contains("regelingen-antwoorden-bewaren", "\"state\":\"withdrawn\"");
    }

    @Test
    void withdrawingTheConsentOnTheConsentPageDeletesTheKeptAnswers() {
        WebSession citizen = ConsentIT.signedIn(TestPersons.newBsn(), "nl");
        citizen.get("/catalogue/eligibility");
        citizen.post("/catalogue/eligibility", fields("age", "30", "remember", "yes"));
        assertThat(citizen.get("/catalogue/eligibility").body()).contains("value=\"30\"");

        citizen.get("/consent");
        HttpResponse<String> withdrawn = citizen.post("/consent" + PURPOSE + "/withdraw", fields());
        assertThat(withdrawn.statusCode()).isEqualTo(303);

        assertThat(citizen.get("/catalogue/eligibility").body()).contains(OFFER).doesNotContain("value=\"30\"");
    }

    @Test
    void wrongAnswersAreNeverKeptAndTheKeptOnesStay() {
        WebSession citizen = ConsentIT.signedIn(TestPersons.newBsn(), "nl");
        citizen.get("/catalogue/eligibility");
        citizen.post("/catalogue/eligibility", fields("age", "30", "remember", "yes"));

        HttpResponse<String> wrong = citizen.post("/catalogue/eligibility", fields("age", "oud"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("loket-error-summary");

        assertThat(citizen.get("/catalogue/eligibility").body()).contains("value=\"30\"");
    }

    /** The processing log is written in batches: wait a little for an entry. */
    private static boolean processingMentions(String cookie, String purpose) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            if (Portal.get("/api/consent/me/processing", "Cookie", cookie).body().contains(purpose)) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }
}
