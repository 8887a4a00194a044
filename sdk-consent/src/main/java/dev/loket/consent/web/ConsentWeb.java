package dev.loket.consent.web;

import dev.loket.consent.ConsentOverview;
import dev.loket.consent.ConsentProblems;
import dev.loket.consent.Retention;
import dev.loket.core.LoketException;
import dev.loket.core.Message;
import jakarta.enterprise.inject.Instance;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;

/** What the consent pages and API share: who is asking, and the overview when the application provides one. */
final class ConsentWeb {

    static final String BUNDLE = "dev.loket.consent.messages";

    private ConsentWeb() {
    }

    static String subject(Instance<CurrentDataSubject> current, HttpServletRequest request) {
        if (current.isUnsatisfied()) {
            throw notIdentified();
        }
        return current.get().of(request).orElseThrow(ConsentWeb::notIdentified);
    }

    /** Who is asking, when the application knows; empty when nobody is signed in. */
    static Optional<String> subjectIfKnown(Instance<CurrentDataSubject> current, HttpServletRequest request) {
        return current.isUnsatisfied() ? Optional.empty() : current.get().of(request);
    }

    static ConsentOverview overview(Instance<ConsentOverview> overview) {
        if (overview.isUnsatisfied()) {
            throw new IllegalStateException("The application provides no ConsentOverview bean (see sdk-consent's README)");
        }
        return overview.get();
    }

    static Retention retention(Instance<Retention> retention) {
        if (retention.isUnsatisfied()) {
            throw new IllegalStateException("The application provides no Retention bean (see sdk-consent's README)");
        }
        return retention.get();
    }

    private static LoketException notIdentified() {
        return new LoketException(ConsentProblems.NOT_IDENTIFIED, Message.of(BUNDLE, "consent.not-identified"));
    }
}
