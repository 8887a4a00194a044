package dev.loket.portal.prefill;

import dev.loket.consent.LawfulBasisGuard;
import dev.loket.forms.prefill.Prefill;
import dev.loket.forms.prefill.PrefillGuard;
import dev.loket.forms.prefill.PrefillSource;
import dev.loket.portal.consent.ProcessingRecorder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * How the portal prefills forms: from every {@link PrefillSource} bean (here the
 * {@link SamplePopulationRegister}), guarded by sdk-consent's {@link LawfulBasisGuard} while
 * {@code loket.forms.prefill.enabled} is {@code true}, and by {@link PrefillGuard#DENY_ALL} otherwise.
 * Produces {@link Prefill}, {@link PrefillGuard} and the register.
 */
@ApplicationScoped
public class PrefillSetup {

    static final String ENABLED = "loket.forms.prefill.enabled";
    private static final Logger LOG = Logger.getLogger(PrefillSetup.class.getName());

    /** Singletons, not application-scoped: all are immutable and need no proxy. */
    @Produces
    @Singleton
    PrefillSource populationRegister() {
        SamplePopulationRegister register = new SamplePopulationRegister();
        LOG.warning(() -> "Prefill source " + register.name() + " is the sample population register, test persons"
                + " of the RvIG test set only; replace it with the real BRP outside development");
        return register;
    }

    @Produces
    @Singleton
    PrefillGuard guard(@ConfigProperty(name = ENABLED, defaultValue = "false") boolean enabled,
                       Instance<LawfulBasisGuard> lawfulBasis, Instance<ProcessingRecorder> recorder) {
        return guard(enabled, lawfulBasis::get, Optional.of(recorder.get()));
    }

    /** Every source's reads are written to the processing log. */
    @Produces
    @Singleton
    Prefill prefill(Instance<PrefillSource> sources, PrefillGuard guard, ProcessingRecorder recorder) {
        return new Prefill(sources.stream()
                .<PrefillSource>map(source -> new LoggedPrefillSource(source, recorder, Clock.systemUTC()))
                .toList(), guard);
    }


    /** The lawful-basis guard when enabled, else one that refuses everything (and needs no consent store). */
    static PrefillGuard guard(boolean enabled, Supplier<LawfulBasisGuard> lawfulBasis) {
        return guard(enabled, lawfulBasis, Optional.empty());
    }

    /** As {@link #guard(boolean, Supplier)}, writing every check that allows a reading to the processing log. */
    static PrefillGuard guard(boolean enabled, Supplier<LawfulBasisGuard> lawfulBasis,
                              Optional<ProcessingRecorder> recorder) {
        if (!enabled) {
            LOG.info(() -> "Prefill is off (" + ENABLED + "=false): no register is read");
            return PrefillGuard.DENY_ALL;
        }
        return new LawfulBasisPrefillGuard(lawfulBasis.get(), recorder);
    }
}
