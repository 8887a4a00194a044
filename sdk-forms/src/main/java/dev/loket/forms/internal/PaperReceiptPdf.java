package dev.loket.forms.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dev.loket.core.Language;
import dev.loket.core.Message;
import dev.loket.forms.submission.StoredSubmission;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * Renders {@link dev.loket.forms.submission.PaperReceipt}: XHTML built here, every value escaped,
 * turned into a PDF by openhtmltopdf. Texts come from the forms bundle; nothing is concatenated into
 * a sentence in code.
 */
public final class PaperReceiptPdf {

    /** Dutch time: the time the person saw on the clock when they filed, whatever the server's zone. */
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** Characters per line of the signed receipt: a JWS has no spaces, so it is broken by hand. */
    private static final int JWS_LINE = 64;
    /**
     * PDF/UA needs every font embedded, and the built-in PDF fonts are not. PDFBox ships Liberation
     * Sans (regular only) as its fallback font, so the receipt embeds that one for every weight
     * rather than needing a font file of its own.
     */
    private static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final String FONT_FAMILY = "Liberation Sans";

    private PaperReceiptPdf() {
    }

    public static byte[] render(StoredSubmission submission, String formTitle, String signedReceipt, Language language) {
        Objects.requireNonNull(submission, "submission");
        Objects.requireNonNull(formTitle, "formTitle");
        Objects.requireNonNull(signedReceipt, "signedReceipt");
        Objects.requireNonNull(language, "language");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        // Tagged PDF with /Lang from <html lang> and the title from <title>, shown as the window title.
        builder.usePdfUaAccessibility(true);
        builder.useFont(PaperReceiptPdf::font, FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(PaperReceiptPdf::font, FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.withProducer("Loket");
        builder.withHtmlContent(xhtml(submission, formTitle, signedReceipt, language), null);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new IllegalStateException("Could not render the paper receipt of submission " + submission.id(), e);
        }
        return pdf.toByteArray();
    }

    private static InputStream font() {
        return Objects.requireNonNull(PaperReceiptPdf.class.getResourceAsStream(FONT_RESOURCE),
                "PDFBox no longer ships " + FONT_RESOURCE);
    }

    static String xhtml(StoredSubmission submission, String formTitle, String signedReceipt, Language language) {
        StringBuilder html = new StringBuilder(4096)
                .append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(language.tag()).append("\" xml:lang=\"").append(language.tag()).append("\"><head>")
                .append("<meta charset=\"UTF-8\"/>")
                // PDF/UA wants a description besides the title; openhtmltopdf takes it from the subject.
                .append("<meta name=\"subject\" content=\"").append(escape(text(language, "receipt.intro")))
                .append("\"/><title>")
                .append(escape(text(language, "receipt.document-title", formTitle))).append("</title>")
                .append("<style>")
                .append("@page { size: A4; margin: 20mm; }")
                .append("body { font-family: '").append(FONT_FAMILY).append("'; font-size: 11pt; line-height: 1.4; }")
                .append("h1 { font-size: 20pt; margin: 0 0 4mm 0; }")
                .append("dt { font-size: 9pt; margin-top: 3mm; }")
                .append("dd { margin: 0; font-size: 12pt; }")
                .append(".code { font-size: 9pt; }")
                .append("</style></head><body>")
                .append("<h1>").append(escape(text(language, "receipt.heading"))).append("</h1>")
                .append("<p>").append(escape(text(language, "receipt.intro"))).append("</p>")
                .append("<dl>");
        item(html, text(language, "receipt.form"), formTitle, false);
        item(html, text(language, "receipt.id"), submission.id().toString(), false);
        item(html, text(language, "receipt.form-version"), submission.formVersion(), false);
        item(html, text(language, "receipt.submitted-at"), when(submission, language), false);
        item(html, text(language, "receipt.channel"),
                text(language, "receipt.channel." + submission.channel().name().toLowerCase(Locale.ROOT)), false);
        item(html, text(language, "receipt.data-sha256"), submission.dataSha256(), true);
        html.append("<dt>").append(escape(text(language, "receipt.signed"))).append("</dt><dd class=\"code\">");
        for (int i = 0; i < signedReceipt.length(); i += JWS_LINE) {
            if (i > 0) {
                html.append("<br/>");
            }
            html.append(escape(signedReceipt.substring(i, Math.min(signedReceipt.length(), i + JWS_LINE))));
        }
        return html.append("</dd></dl>")
                .append("<p>").append(escape(text(language, "receipt.verify"))).append("</p>")
                .append("</body></html>")
                .toString();
    }

    private static void item(StringBuilder html, String term, String value, boolean code) {
        html.append("<dt>").append(escape(term)).append("</dt><dd").append(code ? " class=\"code\">" : ">")
                .append(escape(value)).append("</dd>");
    }

    /** "1 december 2026 om 18:20", "1 December 2026 at 18:20". */
    private static String when(StoredSubmission submission, Language language) {
        ZonedDateTime local = submission.submittedAt().atZone(AMSTERDAM);
        return text(language, "receipt.submitted-at.value",
                DateTimeFormatter.ofPattern("d MMMM uuuu", language.locale()).format(local),
                DateTimeFormatter.ofPattern("HH:mm", language.locale()).format(local));
    }

    private static String text(Language language, String key, Object... args) {
        return Message.of(JdbcDraftStore.BUNDLE, key, args).in(language);
    }

    /**
     * The text as XHTML character data: markup characters escaped, and characters XML cannot hold at
     * all (control characters, lone surrogates) replaced, so no input can break the document.
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
                    escaped.appendCodePoint(allowed ? c : 0xFFFD);
                }
            }
        });
        return escaped.toString();
    }
}
