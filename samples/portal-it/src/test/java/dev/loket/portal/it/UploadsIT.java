package dev.loket.portal.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static dev.loket.portal.it.WebSession.fields;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files posted with a page are checked before any is stored (bijzondere bijstand's supporting
 * documents: PDF or image, at most 10 MB, at most 5): a file that fails is not kept, the page says why
 * at the field, and what was saved before stays.
 */
class UploadsIT {

    private static final String PAGE = "/forms/bijzondere-bijstand/steps/kosten";
    private static final byte[] PDF = "%PDF-1.7\n% een offerte\n".getBytes(StandardCharsets.US_ASCII);

    @BeforeAll
    static void portalIsReady() {
        Portal.awaitReady();
    }

    private static WebSession atTheCostsPage(String language) {
        WebSession browser = new WebSession(language);
        browser.follow(browser.post("/forms/bijzondere-bijstand", fields()));
        browser.get(PAGE);
        return browser;
    }

    private static HttpResponse<String> upload(WebSession browser, String field, String name, byte[] content) {
        return browser.postWithFile(PAGE, fields(), field, name, "application/pdf", content, "Sec-Fetch-Site", "same-origin");
    }

    @Test
    void doesNotKeepAFileThatIsNotWhatItsNameSaysAndKeepsWhatWasSaved() {
        WebSession browser = atTheCostsPage("en");
        upload(browser, "/bewijsstukken", "offerte.pdf", PDF);

        HttpResponse<String> fake = upload(browser, "/bewijsstukken", "not-a-pdf.pdf", "MZ hello".getBytes());

        assertThat(fake.statusCode()).isEqualTo(422);
        assertThat(fake.body()).contains("The file not-a-pdf.pdf is of a kind that is not accepted here")
                .contains("offerte.pdf (1 kB)").contains("value=\"remove-file:/bewijsstukken/0\"")
                .doesNotContain("remove-file:/bewijsstukken/1");
        assertThat(browser.get(PAGE).body()).contains("offerte.pdf").doesNotContain("not-a-pdf.pdf (");
    }

    @Test
    void refusesAFileBeyondTheFieldsCountWithoutKeepingIt() {
        WebSession browser = atTheCostsPage("nl");
        for (int i = 1; i <= 5; i++) {
            upload(browser, "/bewijsstukken", "bon-" + i + ".pdf", PDF);
        }

        HttpResponse<String> sixth = upload(browser, "/bewijsstukken", "bon-6.pdf", PDF);

        assertThat(sixth.statusCode()).isEqualTo(422);
        assertThat(sixth.body()).contains("hoogstens 5 bestanden").contains("bon-5.pdf (1 kB)")
                .doesNotContain("bon-6.pdf (").doesNotContain("remove-file:/bewijsstukken/5");
    }

    @Test
    void refusesAFileForAnythingButAFileFieldOnThePageAndKeepsNothingOfThePost() {
        WebSession browser = atTheCostsPage("en");

        HttpResponse<String> elsewhere = upload(browser, "/iban", "offerte.pdf", PDF);
        HttpResponse<String> nowhere = upload(browser, "/bestaat-niet", "offerte.pdf", PDF);

        assertThat(elsewhere.statusCode()).isEqualTo(400);
        assertThat(elsewhere.body()).contains("You cannot add a file here on this page");
        assertThat(nowhere.statusCode()).isEqualTo(400);
        assertThat(browser.get(PAGE).body()).doesNotContain("offerte.pdf (");
    }
}
