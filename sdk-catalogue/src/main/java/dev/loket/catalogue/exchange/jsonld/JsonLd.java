package dev.loket.catalogue.exchange.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loket.catalogue.LifeEvent;
import dev.loket.core.Language;

import java.io.OutputStream;
import java.util.List;

/**
 * The linked-data exports of a catalogue: CPSV-AP 3.2 ({@code application/ld+json}, the EU's
 * vocabulary for public services) and schema.org {@code GovernmentService}.
 *
 * <pre>{@code
 * try (CpsvApWriter out = JsonLd.cpsvAp(response, SampleCatalogue.lifeEvents())) {
 *     store.forEach(out::write);
 * }
 * }</pre>
 */
public final class JsonLd {

    public static final String MEDIA_TYPE = "application/ld+json";

    private JsonLd() {
    }

    /** A CPSV-AP document on {@code out}; life events give the events that products name their titles. */
    public static CpsvApWriter cpsvAp(OutputStream out, List<LifeEvent> lifeEvents) {
        return new CpsvApWriter(out, lifeEvents);
    }

    /** A schema.org document on {@code out}, with texts in {@code language}. */
    public static SchemaOrgWriter schemaOrg(OutputStream out, Language language) {
        return new SchemaOrgWriter(out, language);
    }

    /**
     * JSON-LD as text that is safe inside an HTML {@code <script>} element: {@code <} is written as
     * {@code \u003c}, so no product text can end the element ({@code </script>}) or open a comment.
     */
    public static String forScriptElement(JsonNode jsonLd) {
        return jsonLd.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
