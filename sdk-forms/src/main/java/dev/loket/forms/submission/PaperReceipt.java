package dev.loket.forms.submission;

import dev.loket.core.Language;
import dev.loket.forms.internal.PaperReceiptPdf;

/**
 * The proof of submission on paper: a PDF a person prints or keeps, in plain Dutch or English, with
 * the submission's number, form and version, the date and time in Dutch time, the channel, the
 * SHA-256 of the data and the signed receipt ({@link Receipts#sign}), so that any agency can verify it
 * with the issuer's public keys. The PDF is tagged (PDF/UA) with its language and title, for screen
 * readers.
 */
public final class PaperReceipt {

    private PaperReceipt() {
    }

    /**
     * The receipt as a PDF document.
     *
     * @param submission    the stored submission
     * @param formTitle     the form's title as the person saw it, in {@code language}; shown as text, never as markup
     * @param signedReceipt the receipt from {@link Receipts#sign(StoredSubmission)}
     * @param language      the language of the texts
     * @return the PDF's bytes
     * @throws IllegalStateException when the PDF cannot be rendered (a programming error, not bad input)
     */
    public static byte[] pdf(StoredSubmission submission, String formTitle, String signedReceipt, Language language) {
        return PaperReceiptPdf.render(submission, formTitle, signedReceipt, language);
    }
}
