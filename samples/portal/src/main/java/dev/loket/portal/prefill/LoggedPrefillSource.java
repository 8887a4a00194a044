package dev.loket.portal.prefill;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loket.forms.prefill.PrefillSource;
import dev.loket.forms.prefill.PrefillSubject;
import dev.loket.portal.consent.ProcessingRecorder;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** A register whose every read is written to the processing log (attribute and pseudonym, never the value). */
final class LoggedPrefillSource implements PrefillSource {

    private final PrefillSource source;
    private final ProcessingRecorder recorder;
    private final Clock clock;

    LoggedPrefillSource(PrefillSource source, ProcessingRecorder recorder, Clock clock) {
        this.source = source;
        this.recorder = recorder;
        this.clock = clock;
    }

    @Override
    public String name() {
        return source.name();
    }

    @Override
    public String controller() {
        return source.controller();
    }

    @Override
    public String purpose() {
        return source.purpose();
    }

    @Override
    public Optional<JsonNode> read(PrefillSubject person, String attribute) {
        Instant start = clock.instant();
        Optional<JsonNode> value = source.read(person, attribute);
        recorder.read(controller(), purpose(), attribute, person.pseudonym(), start, clock.instant());
        return value;
    }
}
