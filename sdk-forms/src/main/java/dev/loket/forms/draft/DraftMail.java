package dev.loket.forms.draft;

import dev.loket.core.Language;

import java.net.URI;
import java.time.Instant;

/**
 * Sends a person what they need to continue a saved draft, when they ask for it: the code and the
 * secret, with the address where they continue. An application that can send e-mail provides one as a
 * CDI bean; without it the pages only show the code and secret.
 */
public interface DraftMail {

    /**
     * What to send.
     *
     * @param address   the person's e-mail address, as they typed it
     * @param formTitle the form's title in the person's language
     * @param code      the resume code
     * @param secret    the secret that goes with it
     * @param expiresAt when the draft is deleted unless saved again
     * @param resumeAt  where the person continues
     * @param language  the person's language
     */
    record ResumeLetter(String address, String formTitle, ResumeCode code, String secret, Instant expiresAt,
                        URI resumeAt, Language language) {
        /** Hides the secret and the address, so logging this record leaks neither. */
        @Override
        public String toString() {
            return "ResumeLetter[code=" + code + ", form=" + formTitle + ", secret=(hidden), address=(hidden)]";
        }
    }

    /**
     * Sends the letter.
     *
     * @throws IllegalStateException when it could not be handed to the mail server; the person still has
     *                               the code and secret on the page
     */
    void send(ResumeLetter letter);
}
