package dev.loket.portal.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.loket.portal.it.WebSession.fields;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's main pages in English: no untranslated bundle key, no Dutch label where the data or the
 * bundles have an English one, and every title ends the same way.
 */
class EnglishPagesIT {

    private static final String PRODUCT = "/catalogue/product?id=https%3A%2F%2Fcatalogus.voorbeeld.nl%2Futrecht%2Fidentiteitskaart";
    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");
    /** Thymeleaf's mark for a missing text ({@code ??key_en??}) and a key shown instead of its text. */
    private static final Pattern MISSING_TEXT = Pattern.compile("\\?\\?[\\w.-]+\\?\\?|>\\s*[a-z]+(?:[.-][a-z]+)*\\.[a-z-]+\\s*<");
    /**
     * Dutch texts of the pages and of the sample data that have an English counterpart: seen on an
     * English page, the English one was not used.
     */
    private static final List<String> DUTCH = List.of("Pas blokkeren", "Afspraak maken", "Kies uw", "Vul in",
            "Volgende", "Vorige", "Zoeken", "Formulieren", "Wat kan ik krijgen", "Aan de balie", "Telefonisch",
            "Per post", "Betalen", "Contant", "Pinnen", "Kosten", "Gratis", "Toestemming", "toestemming",
            "Levensgebeurtenis", "Er gebeurt iets", "Naar de website", "Vul het formulier in", "Inloggen",
            "Uitloggen", "Fout:", "Stap ", "Bekijk", "gemeente ", "municipalitys", "What may I be entitled to");

    @BeforeAll
    static void portalIsReady() {
        Portal.awaitReady();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/forms", "/forms/aanvraag-identiteitskaart-verlies", "/catalogue",
            "/catalogue?q=paspoort", PRODUCT, "/catalogue/life-events",
            "/catalogue/life-events/identiteitsbewijs-kwijt-of-gestolen",
            "/catalogue/life-events/identiteitsbewijs-kwijt-of-gestolen?municipality=GM0344",
            "/catalogue/eligibility", "/consent", "/no/such/page"})
    void showsAnEnglishPageWithoutBundleKeysOrDutchLabels(String path) {
        WebSession browser = new WebSession("en");
        HttpResponse<String> page = browser.get(withEnglish(path));
        if (page.statusCode() / 100 == 3) {
            page = browser.follow(page);
        }

        assertEnglish(path, page.body());
    }

    @Test
    void showsTheFirstStepOfAFormInEnglish() {
        WebSession browser = new WebSession("en");
        browser.get("/forms/aanvraag-identiteitskaart-verlies?lang=en");

        HttpResponse<String> step = browser.follow(browser.post("/forms/aanvraag-identiteitskaart-verlies", fields()));

        assertThat(step.statusCode()).isEqualTo(200);
        assertEnglish("first step", step.body());
        assertThat(step.body()).contains("What happened to your ID card?");
    }

    private static void assertEnglish(String what, String html) {
        Matcher title = TITLE.matcher(html);
        assertThat(title.find()).as(what + ": a title").isTrue();
        assertThat(title.group(1)).as(what + ": the title").endsWith(" – Loket");
        assertThat(html).as(what + ": the page is English").contains("lang=\"en\"");
        Matcher missing = MISSING_TEXT.matcher(html);
        assertThat(missing.find()).as(what + ": untranslated key " + (missing.hitEnd() ? "" : missing.group()))
                .isFalse();
        String text = visibleText(html);
        for (String dutch : DUTCH) {
            assertThat(text).as(what + ": Dutch text on an English page").doesNotContain(dutch);
        }
    }

    /** The text a reader sees: no markup, no attribute values, no comments or scripts. */
    private static String visibleText(String html) {
        return html.replaceAll("(?s)<script.*?</script>|<style.*?</style>|<!--.*?-->", " ")
                .replaceAll("(?s)<[^>]*>", " ")
                .replace("&nbsp;", " ");
    }

    private static String withEnglish(String path) {
        return path + (path.contains("?") ? "&" : "?") + "lang=en";
    }
}
