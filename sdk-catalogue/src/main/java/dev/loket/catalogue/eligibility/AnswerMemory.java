package dev.loket.catalogue.eligibility;

import dev.loket.core.Language;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Map;
import java.util.Optional;

/**
 * Keeps a person's answers to the eligibility questions between visits, only with their consent,
 * so they can come back and tell more without starting over. The catalogue itself keeps nothing:
 * an application that embeds it provides this as a CDI bean, deciding with its consent records
 * (the portal does so with sdk-consent's guard and logs every use); without such a bean
 * {@link #none()} applies and the page says that nothing is stored.
 */
public interface AnswerMemory {

    /** The pseudonym of the person making the request; empty when nobody is signed in (then nothing is kept). */
    Optional<String> subject(HttpServletRequest request);

    /**
     * What the person consents to when they ask to have their answers kept, in plain language:
     * who keeps them, for what, and for how long. Empty when answers cannot be kept at all.
     */
    Optional<String> notice(Language language);

    /** Whether the subject's consent to keep their answers is given now. */
    boolean consented(String subject);

    /** The subject's kept answers; empty without consent (then nothing is read) or when none are kept. */
    Optional<Map<String, String>> recall(String subject);

    /**
     * Keeps the subject's answers in place of earlier ones: when consent is given already, or when
     * {@code giveConsent} (the person ticked the box) gives it now. Whether they were kept.
     */
    boolean keep(String subject, Map<String, String> answers, boolean giveConsent);

    /** Deletes the subject's answers and withdraws the consent, in one step. */
    void forget(String subject);

    /** Keeps nothing, ever: no subject is known, no consent asked. */
    static AnswerMemory none() {
        return new AnswerMemory() {
            @Override
            public Optional<String> subject(HttpServletRequest request) {
                return Optional.empty();
            }

            @Override
            public Optional<String> notice(Language language) {
                return Optional.empty();
            }

            @Override
            public boolean consented(String subject) {
                return false;
            }

            @Override
            public Optional<Map<String, String>> recall(String subject) {
                return Optional.empty();
            }

            @Override
            public boolean keep(String subject, Map<String, String> answers, boolean giveConsent) {
                return false;
            }

            @Override
            public void forget(String subject) {
                // Nothing was kept.
            }
        };
    }
}
