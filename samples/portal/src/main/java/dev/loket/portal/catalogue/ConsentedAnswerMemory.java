package dev.loket.portal.catalogue;

import dev.loket.catalogue.eligibility.AnswerMemory;
import dev.loket.catalogue.eligibility.KeptAnswers;
import dev.loket.consent.ConsentEvent;
import dev.loket.consent.ConsentRequest;
import dev.loket.consent.ConsentStore;
import dev.loket.consent.Decision;
import dev.loket.consent.LawfulBasisGuard;
import dev.loket.consent.Purpose;
import dev.loket.consent.web.CurrentDataSubject;
import dev.loket.core.Channel;
import dev.loket.core.Language;
import dev.loket.portal.consent.ProcessingRecorder;
import jakarta.servlet.http.HttpServletRequest;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the eligibility answers of a signed-in person who asked for it: ticking the box gives
 * consent for the purpose (sdk-consent's records, with the notice version), every keeping and
 * reading is first allowed by the {@link LawfulBasisGuard} and written to the processing log, and
 * the answers are deleted when the person deletes them here, withdraws the consent anywhere (the
 * consent overview, the counter) or when the purpose's retention has passed since they were kept.
 */
public final class ConsentedAnswerMemory implements AnswerMemory {

    private final Purpose purpose;
    private final LawfulBasisGuard guard;
    private final ConsentStore consents;
    private final KeptAnswers kept;
    private final CurrentDataSubject subjects;
    private final ProcessingRecorder recorder;
    private final String noticeVersion;
    private final Clock clock;

    ConsentedAnswerMemory(Purpose purpose, LawfulBasisGuard guard, ConsentStore consents, KeptAnswers kept,
                          CurrentDataSubject subjects, ProcessingRecorder recorder, String noticeVersion, Clock clock) {
        this.purpose = purpose;
        this.guard = guard;
        this.consents = consents;
        this.kept = kept;
        this.subjects = subjects;
        this.recorder = recorder;
        this.noticeVersion = noticeVersion;
        this.clock = clock;
        consents.subscribe(this::forgetWhenConsentEnds);
    }

    @Override
    public Optional<String> subject(HttpServletRequest request) {
        return subjects.of(request);
    }

    @Override
    public Optional<String> notice(Language language) {
        return Optional.of(purpose.description(language));
    }

    @Override
    public boolean consented(String subject) {
        return decide(subject, purpose.dataCategories()).allowed();
    }

    @Override
    public Optional<Map<String, String>> recall(String subject) {
        Decision decision = decide(subject, purpose.dataCategories());
        if (!decision.allowed()) {
            // Consent ended (expired, or withdrawn while this instance missed it): nothing may stay.
            kept.delete(subject);
            return Optional.empty();
        }
        Optional<Map<String, String>> answers = kept.get(subject);
        answers.ifPresent(found -> log(subject, found.keySet(), decision));
        return answers;
    }

    @Override
    public boolean keep(String subject, Map<String, String> answers, boolean giveConsent) {
        if (giveConsent && !consented(subject)) {
            consents.give(ConsentRequest.of(subject, purpose.controller(), purpose.id(), noticeVersion, Channel.WEB));
        }
        Decision decision = decide(subject, answers.keySet());
        if (!decision.allowed()) {
            return false;
        }
        log(subject, answers.keySet(), decision);
        kept.put(subject, answers);
        return true;
    }

    @Override
    public void forget(String subject) {
        kept.delete(subject);
        if (consented(subject)) {
            consents.withdraw(subject, purpose.controller(), purpose.id(), Channel.WEB, Optional.empty());
        }
    }

    /** Deletes the answers kept longer ago than the purpose's retention; how many. */
    public int purgeExpired() {
        return kept.deleteKeptBefore(clock.instant().atZone(ZoneOffset.UTC).minus(purpose.retention()).toInstant());
    }

    private Decision decide(String subject, Set<String> categories) {
        return guard.decide(purpose.controller(), purpose.id(), categories, subject);
    }

    private void log(String subject, Set<String> categories, Decision decision) {
        // Logged before the answers are used: if the log cannot take it, they are not.
        recorder.allowed(purpose.controller(), purpose.id(), categories, subject, decision.basis().orElseThrow());
    }

    private void forgetWhenConsentEnds(ConsentEvent event) {
        if (event.controller().equals(purpose.controller()) && event.purposeId().equals(purpose.id())
                && (event.type() == ConsentEvent.Type.WITHDRAWN || event.type() == ConsentEvent.Type.EXPIRED
                || event.type() == ConsentEvent.Type.REFUSED)) {
            kept.delete(event.subject());
        }
    }
}
