package dev.loket.portal.prefill;

import dev.loket.consent.Decision;
import dev.loket.consent.LawfulBasisGuard;
import dev.loket.core.Language;
import dev.loket.forms.prefill.PrefillGuard;
import dev.loket.portal.consent.ProcessingRecorder;

import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Lets sdk-consent's {@link LawfulBasisGuard} decide about prefill: a register is read only for a
 * purpose registered for the reading agency, covering every attribute read, on a legal basis such
 * as a public task or on the person's consent that is given and not expired. A check that allows
 * the reading is written to the processing log.
 */
final class LawfulBasisPrefillGuard implements PrefillGuard {

    private static final Logger LOG = Logger.getLogger(LawfulBasisPrefillGuard.class.getName());

    private final LawfulBasisGuard guard;
    private final Optional<ProcessingRecorder> recorder;

    LawfulBasisPrefillGuard(LawfulBasisGuard guard, Optional<ProcessingRecorder> recorder) {
        this.guard = guard;
        this.recorder = recorder;
    }

    @Override
    public boolean allows(String controller, String purpose, Set<String> categories, String subjectPseudonym) {
        Decision decision = guard.decide(controller, purpose, categories, subjectPseudonym);
        if (!decision.allowed()) {
            // Prefill logs the decision itself; this adds why, for the operator.
            LOG.info(() -> "Prefill for " + controller + "/" + purpose + " denied: " + decision.reason().in(Language.EN));
            return false;
        }
        // Logged before anything is read: if the log cannot take it, nothing is read.
        recorder.ifPresent(log -> log.allowed(controller, purpose, categories, subjectPseudonym, decision.basis().orElseThrow()));
        return true;
    }
}
