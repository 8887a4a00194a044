package dev.loket.forms.submission;

import dev.loket.core.Channel;
import dev.loket.core.Language;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PaperReceiptTest {

    private static final String HASH = "015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862";

    /** 1 December 2026, 18:20 in Amsterdam (CET, UTC+1). */
    private static final StoredSubmission SUBMISSION = new StoredSubmission(
            UUID.fromString("0b6f8a52-3c1e-4d0a-9f3e-2a7c5d9e1b40"), "verhuizing", "1.2.0", Channel.COUNTER, "key-1",
            "{\"a\":1}", HASH, Instant.parse("2026-12-01T17:20:00Z"), false);

    private static final Receipts RECEIPTS = Receipts.withDevelopmentKey("test");

    @Test
    void showsNumberHashTitleAndDutchTimeInDutch() throws IOException {
        String receipt = RECEIPTS.sign(SUBMISSION);

        try (PDDocument pdf = Loader.loadPDF(PaperReceipt.pdf(SUBMISSION, "Verhuizing doorgeven", receipt, Language.NL))) {
            String text = new PDFTextStripper().getText(pdf);

            assertThat(text).contains("Bewijs van indienen", "Verhuizing doorgeven", SUBMISSION.id().toString(), HASH,
                    "1.2.0", "1 december 2026 om 18:20", "de balie", "/api/forms/receipts/jwks");
            assertThat(text.replaceAll("\\s", "")).as("the signed receipt, over several lines").contains(receipt);
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("nl");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Bewijs van indienen: Verhuizing doorgeven");
        }
    }

    @Test
    void showsTheSameInEnglish() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PaperReceipt.pdf(SUBMISSION, "Moving house", RECEIPTS.sign(SUBMISSION),
                Language.EN))) {
            String text = new PDFTextStripper().getText(pdf);

            assertThat(text).contains("Proof of submission", "Moving house", SUBMISSION.id().toString(), HASH,
                    "1 December 2026 at 18:20", "the counter");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Proof of submission: Moving house");
        }
    }

    @Test
    void showsSummerTimeAsAmsterdamSawIt() throws IOException {
        StoredSubmission summer = new StoredSubmission(SUBMISSION.id(), "verhuizing", "1.2.0", Channel.WEB, "key-1",
                "{\"a\":1}", HASH, Instant.parse("2026-07-01T22:05:00Z"), false);

        try (PDDocument pdf = Loader.loadPDF(PaperReceipt.pdf(summer, "Verhuizing", RECEIPTS.sign(summer), Language.NL))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("2 juli 2026 om 00:05", "de website");
        }
    }

    @Test
    void isATaggedPdfForScreenReaders() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PaperReceipt.pdf(SUBMISSION, "Verhuizing", RECEIPTS.sign(SUBMISSION),
                Language.NL))) {
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
        }
    }

    @Test
    void rendersMarkupInTheTitleAsText() throws IOException {
        String title = "<script>alert('x')</script> & \"co\"";

        try (PDDocument pdf = Loader.loadPDF(PaperReceipt.pdf(SUBMISSION, title, RECEIPTS.sign(SUBMISSION), Language.NL))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(title);
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Bewijs van indienen: " + title);
        }
    }
}
