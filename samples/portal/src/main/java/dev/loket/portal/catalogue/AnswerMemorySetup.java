package dev.loket.portal.catalogue;

import dev.loket.catalogue.eligibility.AnswerMemory;
import dev.loket.catalogue.eligibility.KeptAnswers;
import dev.loket.consent.ConsentStore;
import dev.loket.consent.LawfulBasisGuard;
import dev.loket.consent.LegalBasis;
import dev.loket.consent.Purpose;
import dev.loket.consent.PurposeRegistry;
import dev.loket.consent.web.CurrentDataSubject;
import dev.loket.portal.consent.ProcessingRecorder;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Whether the eligibility page ("wat kan ik krijgen?") may keep a signed-in person's answers: only
 * for a purpose registered on consent ({@code loket.catalogue.eligibility.keep-answers.purpose} of
 * {@code loket.catalogue.eligibility.keep-answers.controller}, in {@code loket.consent.purposes}),
 * and only for a person who gives it. Without such a purpose nothing is kept and the page says so.
 */
@ApplicationScoped
public class AnswerMemorySetup {

    static final String PURPOSE = "loket.catalogue.eligibility.keep-answers.purpose";
    static final String CONTROLLER = "loket.catalogue.eligibility.keep-answers.controller";
    private static final Logger LOG = Logger.getLogger(AnswerMemorySetup.class.getName());

    @Resource(lookup = "jdbc/loket")
    private DataSource dataSource;

    @Produces
    @Singleton
    AnswerMemory answerMemory(PurposeRegistry purposes, LawfulBasisGuard guard, ConsentStore consents,
                              CurrentDataSubject subjects, ProcessingRecorder recorder,
                              @ConfigProperty(name = CONTROLLER, defaultValue = "gemeente-voorbeeld") String controller,
                              @ConfigProperty(name = PURPOSE, defaultValue = "regelingen-antwoorden-bewaren") String purposeId,
                              @ConfigProperty(name = "loket.consent.notice-version", defaultValue = "1") String noticeVersion) {
        return memory(purposes.find(controller, purposeId), controller, purposeId,
                purpose -> new ConsentedAnswerMemory(purpose, guard, consents, KeptAnswers.onDatabase(dataSource, Clock.systemUTC()),
                        subjects, recorder, noticeVersion, Clock.systemUTC()));
    }

    /** The memory for the purpose, when it is one a person can consent to; else one that keeps nothing. */
    static AnswerMemory memory(Optional<Purpose> purpose, String controller, String purposeId,
                               Function<Purpose, AnswerMemory> consented) {
        if (purpose.isEmpty()) {
            LOG.info(() -> "Eligibility answers are never kept: no purpose " + controller + "/" + purposeId
                    + " is registered (" + PURPOSE + ")");
            return AnswerMemory.none();
        }
        if (purpose.get().basis() != LegalBasis.CONSENT) {
            LOG.warning(() -> "Eligibility answers are never kept: purpose " + controller + "/" + purposeId + " rests on "
                    + purpose.get().basis() + ", and keeping what a person tells about themselves needs their consent");
            return AnswerMemory.none();
        }
        return consented.apply(purpose.get());
    }
}
