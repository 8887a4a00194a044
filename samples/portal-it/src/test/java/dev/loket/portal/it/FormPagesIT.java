package dev.loket.portal.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.loket.portal.it.WebSession.fields;
import static dev.loket.portal.it.WebSession.location;
import static org.assertj.core.api.Assertions.assertThat;

/** The forms as web pages, through HTTP as a browser without JavaScript sends it. */
class FormPagesIT {

    private static final Pattern SUBMISSION = Pattern.compile("/forms/verhuizing/submissions/([0-9a-f-]{36})");

    @BeforeAll
    static void portalIsReady() {
        Portal.awaitReady();
    }

    @Test
    void completesAFormPageByPageAndConfirmsWithAProofOnPaper() {
        WebSession browser = new WebSession("nl");
        assertThat(browser.get("/forms/verhuizing").body()).contains("Verhuizing doorgeven").contains("Start nu");

        HttpResponse<String> started = browser.post("/forms/verhuizing", fields());
        assertThat(started.statusCode()).isEqualTo(303);
        assertThat(location(started)).isEqualTo("/forms/verhuizing/steps/adres");
        assertThat(browser.cookie("loket-draft")).matches("[0-9a-f-]{36}");
        HttpResponse<String> address = browser.follow(started);
        assertThat(address.body()).contains("Stap 1 van 3").contains("Wanneer verhuist u?");

        HttpResponse<String> movers = browser.post("/forms/verhuizing/steps/adres", addressAnswers());
        assertThat(location(movers)).isEqualTo("/forms/verhuizing/steps/medeverhuizers");
        browser.follow(movers);
        HttpResponse<String> withGroup = browser.post("/forms/verhuizing/steps/medeverhuizers", fields("/met_anderen", "true"));
        assertThat(withGroup.statusCode()).as("new questions appear, nobody is blamed").isEqualTo(200);
        assertThat(withGroup.body()).contains("Medeverhuizers 1").doesNotContain("Vul in: Voornaam");
        HttpResponse<String> contact = browser.post("/forms/verhuizing/steps/medeverhuizers", fields("/met_anderen", "true",
                "/medeverhuizers/0/voornaam", "Sam", "/medeverhuizers/0/achternaam", "de Vries",
                "/medeverhuizers/0/geboortedatum", "12-3-2015"));
        assertThat(location(contact)).isEqualTo("/forms/verhuizing/steps/contact");
        browser.follow(contact);
        HttpResponse<String> toCheck = browser.post("/forms/verhuizing/steps/contact",
                fields("/email", "fatima@example.nl", "/verklaring", "true"));
        assertThat(location(toCheck)).isEqualTo("/forms/verhuizing/check");
        HttpResponse<String> check = browser.follow(toCheck);
        assertThat(check.body()).contains("Controleer uw antwoorden").contains("1234 AB 12").contains("Sam")
                .contains("12 maart 2015");

        HttpResponse<String> sent = browser.post("/forms/verhuizing/check", fields());
        Matcher id = SUBMISSION.matcher(location(sent));
        assertThat(id.matches()).as(location(sent)).isTrue();
        HttpResponse<String> confirmation = browser.follow(sent);
        assertThat(confirmation.body()).contains("Uw aanvraag is verstuurd").contains(id.group(1));
        assertThat(browser.cookie("loket-draft")).as("the draft is gone with its cookie").isNull();
        HttpResponse<String> pdf = Portal.get("/forms/verhuizing/submissions/" + id.group(1) + "/receipt.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF");
    }

    @Test
    void showsEveryErrorAtTheTopAndAtItsFieldAndKeepsWhatWasTyped() {
        WebSession browser = new WebSession("nl");
        browser.follow(browser.post("/forms/verhuizing", fields()));

        HttpResponse<String> refused = browser.post("/forms/verhuizing/steps/adres",
                fields("/verhuisdatum", "31-02-2026", "/nieuw_adres/postcode", "1234", "/hoofdbewoner", "false"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("<title>Fout: Uw nieuwe adres").contains("Er is iets niet goed ingevuld")
                .contains("href=\"#veld-verhuisdatum\"").contains("value=\"31-02-2026\"")
                .contains("Vul bij Nieuw adres ten minste de postcode en het huisnummer in.");
        assertThat(browser.get("/forms/verhuizing/steps/adres").body()).as("saved although wrong")
                .contains("value=\"31-02-2026\"").doesNotContain("Er is iets niet goed ingevuld");
    }

    @Test
    void continuesLaterInAnotherBrowserWithTheCodeAndSecret() {
        WebSession first = new WebSession("en");
        first.follow(first.post("/forms/verhuizing", fields()));
        HttpResponse<String> saved = first.post("/forms/verhuizing/steps/adres", fields(
                "/verhuisdatum", "1-1-2026", "_action", "later"));
        assertThat(saved.body()).contains("Your answers are saved");
        String code = strongAfter(saved.body(), "Code");
        String secret = strongAfter(saved.body(), "Secret");

        WebSession second = new WebSession("nl");
        second.get("/forms/resume");
        HttpResponse<String> wrong = second.post("/forms/resume", fields("code", code, "secret", "AAAAA-AAAAA"));
        HttpResponse<String> resumed = second.post("/forms/resume", fields("code", code.toLowerCase(), "secret", secret));

        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("Wij kunnen geen concept openen met deze code en dit geheim");
        assertThat(location(resumed)).isEqualTo("/forms/verhuizing/steps/adres");
        assertThat(second.follow(resumed).body()).contains("value=\"1-1-2026\"");
    }

    @Test
    void mailsTheCodeAndSecretToWhoeverAsksAndNothingToAnAddressThatIsNone() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(Integer.getInteger("loket.it.smtp-port", 9125), "127.0.0.1", "smtp"));
        smtp.start();
        try {
            WebSession browser = new WebSession("nl");
            browser.follow(browser.post("/forms/verhuizing", fields()));
            HttpResponse<String> saved = browser.post("/forms/verhuizing/steps/adres", fields("_action", "later"));
            String code = strongAfter(saved.body(), "Code");
            String secret = strongAfter(saved.body(), "Geheim");
            assertThat(saved.body()).contains("Stuur mij de code per e-mail");

            HttpResponse<String> wrong = browser.post("/forms/verhuizing/saved/mail",
                    fields("code", code, "secret", secret, "email", "geen adres"));
            HttpResponse<String> sent = browser.post("/forms/verhuizing/saved/mail",
                    fields("code", code, "secret", secret, "email", "fatima@example.nl"));

            assertThat(wrong.statusCode()).isEqualTo(422);
            assertThat(wrong.body()).contains("Vul een e-mailadres in zoals naam@voorbeeld.nl.").contains(code);
            assertThat(sent.body()).contains("Wij hebben de code en het geheim gestuurd naar fatima@example.nl");
            assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
            MimeMessage mail = smtp.getReceivedMessages()[0];
            assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("fatima@example.nl");
            assertThat(mail.getSubject()).isEqualTo("Uw code om verder te gaan met \"Verhuizing doorgeven\"");
            assertThat(GreenMailUtil.getBody(mail)).contains(code).contains(secret).contains("/forms/resume");
        } finally {
            smtp.stop();
        }
    }

    @Test
    void continuesOnTheWebWhatWasStartedInTheJsonApi() {
        HttpResponse<String> api = Portal.send("POST", "/api/forms/verhuizing/sessions", "application/json",
                "{\"data\": {\"email\": \"api@example.nl\"}}");
        String session = Portal.json(api).get("session").asText();
        JsonNode code = Portal.json(Portal.send("POST", "/api/forms/verhuizing/sessions/" + session + "/resume-code",
                "application/json", "{}"));

        WebSession browser = new WebSession("nl");
        browser.get("/forms/resume");
        HttpResponse<String> resumed = browser.post("/forms/resume",
                fields("code", code.get("code").asText(), "secret", code.get("secret").asText()));
        browser.follow(resumed);

        assertThat(browser.cookie("loket-draft")).isEqualTo(session);
        assertThat(browser.get("/forms/verhuizing/steps/contact").body()).contains("value=\"api@example.nl\"");
    }

    @Test
    void filesASubmissionOnceWhenSendIsPressedTwice() {
        WebSession browser = completedUpToTheCheck();
        String draft = browser.cookie("loket-draft");

        HttpResponse<String> first = browser.post("/forms/verhuizing/check", fields());
        WebSession sameBrowserBeforeTheAnswer = new WebSession("nl");
        sameBrowserBeforeTheAnswer.get("/");
        HttpResponse<String> again = Portal.send("POST", "/forms/verhuizing/check", "application/x-www-form-urlencoded",
                "_csrf=" + sameBrowserBeforeTheAnswer.cookie("loket-csrf"), "Cookie", "loket-draft=" + draft
                        + "; loket-csrf=" + sameBrowserBeforeTheAnswer.cookie("loket-csrf"), "Accept", "text/html");

        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(location(again)).isEqualTo(location(first));
    }

    @Test
    void takesFilesWithAPageAndRefusesAFileThatIsNotWhatItsNameSays() {
        WebSession browser = new WebSession("nl");
        browser.follow(browser.post("/forms/bijzondere-bijstand", fields()));
        browser.get("/forms/bijzondere-bijstand/steps/kosten");
        byte[] pdf = "%PDF-1.7\n% een offerte\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        HttpResponse<String> withFile = browser.postWithFile("/forms/bijzondere-bijstand/steps/kosten",
                fields("/soort_kosten", "inrichting"), "/bewijsstukken", "offerte.pdf", "application/pdf", pdf,
                "Sec-Fetch-Site", "same-origin");
        HttpResponse<String> withFake = browser.postWithFile("/forms/bijzondere-bijstand/steps/kosten",
                fields(), "/bewijsstukken", "geen-pdf.pdf", "application/pdf", "hallo".getBytes(),
                "Sec-Fetch-Site", "same-origin");
        HttpResponse<String> forged = browser.postWithFile("/forms/bijzondere-bijstand/steps/kosten",
                fields(), "/bewijsstukken", "x.pdf", "application/pdf", pdf, "Origin", "https://elders.example");

        assertThat(withFile.statusCode()).as("the page's other questions are still open").isEqualTo(422);
        assertThat(withFile.body()).contains("offerte.pdf (1 kB)").contains("value=\"remove-file:/bewijsstukken/0\"");
        assertThat(withFake.body()).contains("Het bestand geen-pdf.pdf heeft een soort die hier niet kan");
        assertThat(forged.statusCode()).isEqualTo(403);

        HttpResponse<String> removed = browser.post("/forms/bijzondere-bijstand/steps/kosten",
                fields("_action", "remove-file:/bewijsstukken/1"));
        assertThat(removed.body()).contains("offerte.pdf (1 kB)").doesNotContain("geen-pdf.pdf");
    }

    @Test
    void sendsAPersonWithoutADraftBackToTheStartWithAnExplanation() {
        WebSession browser = new WebSession("nl");

        HttpResponse<String> page = browser.get("/forms/verhuizing/steps/contact");

        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(browser.follow(page).body()).contains("Wij konden uw antwoorden niet meer vinden");
    }

    @Test
    void answersAnUnknownPageOrFormWithAPageInTheReadersLanguage() {
        WebSession browser = new WebSession("en");
        browser.follow(browser.post("/forms/verhuizing", fields()));

        HttpResponse<String> noSuchStep = browser.get("/forms/verhuizing/steps/nergens");
        HttpResponse<String> noSuchForm = browser.get("/forms/geen-formulier");

        assertThat(noSuchStep.statusCode()).isEqualTo(404);
        assertThat(noSuchStep.body()).contains("This page is not part of this form");
        assertThat(noSuchForm.statusCode()).isEqualTo(404);
        assertThat(noSuchForm.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    }

    static WebSession completedUpToTheCheck() {
        WebSession browser = new WebSession("nl");
        browser.follow(browser.post("/forms/verhuizing", fields()));
        browser.follow(browser.post("/forms/verhuizing/steps/adres", addressAnswers()));
        browser.follow(browser.post("/forms/verhuizing/steps/medeverhuizers", fields("/met_anderen", "false")));
        HttpResponse<String> check = browser.post("/forms/verhuizing/steps/contact",
                fields("/email", "fatima@example.nl", "/verklaring", "true"));
        assertThat(location(check)).isEqualTo("/forms/verhuizing/check");
        browser.follow(check);
        return browser;
    }

    private static java.util.Map<String, java.util.List<String>> addressAnswers() {
        LocalDate nextWeek = LocalDate.now().plusDays(7);
        return fields("/verhuisdatum", nextWeek.getDayOfMonth() + "-" + nextWeek.getMonthValue() + "-" + nextWeek.getYear(),
                "/nieuw_adres/postcode", "1234ab", "/nieuw_adres/houseNumber", "12", "/hoofdbewoner", "false");
    }

    private static String strongAfter(String html, String label) {
        Matcher m = Pattern.compile(">" + label + "</dt>\\s*<dd[^>]*><strong[^>]*>([^<]+)</strong>").matcher(html);
        assertThat(m.find()).as(label + " in " + html).isTrue();
        return m.group(1);
    }
}
