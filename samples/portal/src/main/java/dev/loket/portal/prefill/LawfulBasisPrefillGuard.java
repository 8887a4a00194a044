package dev.loket.portal.prefill;

import dev.loket.consent.Decision;
import dev.loket.consent.LawfulBasisGuard;
import dev.loket.core.Language;
import dev.loket.forms.prefill.PrefillGuard;

import java.util.Set;
import java.util.logging.Logger;

/**
 * Lets sdk-consent's {@link LawfulBasisGuard} decide about prefill: a register is read only for a
 * purpose registered for the reading agency, covering every attribute read, on a legal basis such
 * as a public task or on the person's consent that is given and not expired.
 */
final class LawfulBasisPrefillGuard implements PrefillGuard {

    private static final Logger LOG = Logger.getLogger(LawfulBasisPrefillGuard.class.getName());

    private final LawfulBasisGuard guard;

    LawfulBasisPrefillGuard(LawfulBasisGuard guard) {
        this.guard = guard;
    }

    @Override
    public boolean allows(String controller, String purpose, Set<String> categories, String subjectPseudonym) {
        Decision decision = guard.decide(controller, purpose, categories, subjectPseudonym);
        if (!decision.allowed()) {
            // Prefill logs the decision itself; this adds why, for the operator.
            LOG.info(() -> "Prefill for " + controller + "/" + purpose + " denied: " + decision.reason().in(Language.EN));
        }
        return decision.allowed();
    }
}
