package dev.loket.forms.prefill;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;

/**
 * Where prefilled values come from: a register the government keeps (the population register, the
 * trade register, ...). One implementation per register, found through CDI by {@link #name()}, the
 * name a form's {@code prefill.source} uses. Each source says for which purpose and on whose
 * authority it is read, so the guard can decide before anything is read.
 */
public interface PrefillSource {

    /** The name forms use, e.g. {@code brp}. */
    String name();

    /** The agency responsible for reading it (controller in GDPR terms). */
    String controller();

    /** The processing purpose the reading serves, as registered with the guard. */
    String purpose();

    /**
     * The value of one attribute for one person; empty when the register has none.
     *
     * @param person    who the form is about
     * @param attribute the attribute, e.g. {@code naam.voornamen}
     */
    Optional<JsonNode> read(PrefillSubject person, String attribute);
}
