package dev.loket.consent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.loket.core.Language;
import dev.loket.core.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The purposes for which agencies process personal data, by controller and purpose id. Loaded
 * from JSON (see {@code src/test/resources/consent/purposes.json}):
 *
 * <pre>{@code
 * {"purposes": [{"id": "bijzondere-bijstand", "controller": "gemeente-utrecht",
 *   "description": {"nl": "...", "en": "..."}, "basis": "PUBLIC_TASK",
 *   "legalReference": {"law": "Participatiewet", "article": "art. 35"},
 *   "dataCategories": ["income"], "recipients": [], "retention": "P7Y", "specialCategory": false}]}
 * }</pre>
 *
 * The JSON is read field by field rather than bound to classes, so that every mistake in the file
 * is reported at once ({@link InvalidPurposeRegistryException}) instead of one per attempt.
 */
public final class PurposeRegistry {

    private static final Set<String> FIELDS = Set.of("id", "controller", "description", "basis", "legalReference",
            "dataCategories", "recipients", "retention", "specialCategory");

    private final Map<Key, Purpose> purposes;

    private PurposeRegistry(Map<Key, Purpose> purposes) {
        this.purposes = Map.copyOf(purposes);
    }

    /**
     * A registry of the given purposes.
     *
     * @throws InvalidPurposeRegistryException when a controller uses a purpose id twice
     */
    public static PurposeRegistry of(Collection<Purpose> purposes) {
        Map<Key, Purpose> byKey = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Purpose purpose : purposes) {
            if (byKey.put(new Key(purpose.controller(), purpose.id()), purpose) != null) {
                problems.add("purpose \"" + purpose.id() + "\" of " + purpose.controller() + " appears twice");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidPurposeRegistryException("given", problems);
        }
        return new PurposeRegistry(byKey);
    }

    /**
     * Reads a registry from JSON.
     *
     * @param source a name for the JSON in error messages, e.g. its file name
     * @throws InvalidPurposeRegistryException listing every problem in the JSON
     */
    public static PurposeRegistry load(InputStream json, String source) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidPurposeRegistryException(source, List.of("not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ")"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the purpose registry " + source, e);
        }
        List<String> problems = new ArrayList<>();
        List<Purpose> purposes = new ArrayList<>();
        JsonNode list = root == null ? null : root.get("purposes");
        if (list == null || !list.isArray()) {
            throw new InvalidPurposeRegistryException(source, List.of("\"purposes\": expected a list of purposes"));
        }
        Set<Key> seen = new LinkedHashSet<>();
        for (int i = 0; i < list.size(); i++) {
            new PurposeReader(list.get(i), "purposes[" + i + "]", problems).read().ifPresent(purpose -> {
                if (!seen.add(new Key(purpose.controller(), purpose.id()))) {
                    problems.add("purposes: \"" + purpose.id() + "\" of " + purpose.controller() + " appears twice");
                }
                purposes.add(purpose);
            });
        }
        if (!problems.isEmpty()) {
            throw new InvalidPurposeRegistryException(source, problems);
        }
        return of(purposes);
    }

    /** The purpose {@code purposeId} of {@code controller}; empty when that controller has no such purpose. */
    public Optional<Purpose> find(String controller, String purposeId) {
        return Optional.ofNullable(purposes.get(new Key(controller, purposeId)));
    }

    /** Every purpose, in no particular order. */
    public Collection<Purpose> all() {
        return purposes.values();
    }

    private record Key(String controller, String purposeId) {
    }

    /** Reads one purpose, adding each problem found to {@code problems}. */
    private record PurposeReader(JsonNode node, String at, List<String> problems) {

        Optional<Purpose> read() {
            if (node == null || !node.isObject()) {
                problems.add(at + ": expected an object");
                return Optional.empty();
            }
            int before = problems.size();
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!FIELDS.contains(name)) {
                    problems.add(at + "." + name + ": unknown field (known: " + String.join(", ", FIELDS.stream().sorted().toList()) + ")");
                }
            }
            String id = text("id");
            String controller = text("controller");
            Map<Language, String> description = description();
            LegalBasis basis = basis();
            Optional<LegalReference> reference = legalReference(basis);
            Set<String> categories = new LinkedHashSet<>(texts("dataCategories", true));
            List<String> recipients = node.has("recipients") ? texts("recipients", false) : List.of();
            Period retention = retention();
            JsonNode special = node.get("specialCategory");
            if (special != null && !special.isBoolean()) {
                problems.add(at + ".specialCategory: expected true or false");
            }
            if (problems.size() > before) {
                return Optional.empty();
            }
            return Optional.of(new Purpose(id, description, controller, basis, reference, categories, recipients,
                    retention, special != null && special.booleanValue()));
        }

        private String text(String field) {
            JsonNode value = node.get(field);
            if (value == null || !value.isTextual() || value.textValue().isBlank()) {
                problems.add(at + "." + field + ": required, a non-empty text");
                return null;
            }
            return value.textValue();
        }

        private List<String> texts(String field, boolean required) {
            JsonNode value = node.get(field);
            if (value == null || !value.isArray() || (required && value.isEmpty())) {
                problems.add(at + "." + field + ": required, a list of texts" + (required ? " (at least one)" : ""));
                return List.of();
            }
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                JsonNode item = value.get(i);
                if (!item.isTextual() || item.textValue().isBlank()) {
                    problems.add(at + "." + field + "[" + i + "]: expected a non-empty text");
                } else {
                    texts.add(item.textValue());
                }
            }
            return texts;
        }

        private Map<Language, String> description() {
            JsonNode value = node.get("description");
            Map<Language, String> description = new EnumMap<>(Language.class);
            if (value == null || !value.isObject()) {
                problems.add(at + ".description: required, texts per language, e.g. {\"nl\": \"...\", \"en\": \"...\"}");
                return description;
            }
            value.properties().forEach(entry -> {
                Optional<Language> language = Language.fromTag(entry.getKey());
                if (language.isEmpty()) {
                    problems.add(at + ".description." + entry.getKey() + ": not a language Loket speaks (nl, en)");
                } else if (!entry.getValue().isTextual() || entry.getValue().textValue().isBlank()) {
                    problems.add(at + ".description." + entry.getKey() + ": expected a non-empty text");
                } else {
                    description.put(language.get(), entry.getValue().textValue());
                }
            });
            if (!value.has("nl")) {
                problems.add(at + ".description.nl: required, the description in Dutch");
            }
            return description;
        }

        private LegalBasis basis() {
            String basis = text("basis");
            if (basis == null) {
                return null;
            }
            try {
                return LegalBasis.valueOf(basis.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(at + ".basis: \"" + basis + "\" is not one of " + Arrays.toString(LegalBasis.values()));
                return null;
            }
        }

        private Optional<LegalReference> legalReference(LegalBasis basis) {
            JsonNode value = node.get("legalReference");
            if (value == null || value.isNull()) {
                if (basis != null && basis != LegalBasis.CONSENT) {
                    problems.add(at + ".legalReference: required for basis " + basis
                            + ": the law and article that give it, e.g. {\"law\": \"Participatiewet\", \"article\": \"art. 35\"}");
                }
                return Optional.empty();
            }
            String law = value.path("law").textValue();
            String article = value.path("article").textValue();
            if (law == null || law.isBlank()) {
                problems.add(at + ".legalReference.law: required, the name of the law");
            }
            if (article == null || article.isBlank()) {
                problems.add(at + ".legalReference.article: required, the article of the law");
            }
            return law == null || article == null ? Optional.empty() : Optional.of(new LegalReference(law, article));
        }

        private Period retention() {
            String retention = text("retention");
            if (retention == null) {
                return null;
            }
            try {
                Period period = Period.parse(retention);
                if (period.isNegative() || period.isZero()) {
                    problems.add(at + ".retention: must be longer than zero");
                }
                return period;
            } catch (DateTimeParseException e) {
                problems.add(at + ".retention: \"" + retention + "\" is not an ISO 8601 period such as P7Y or P6M");
                return null;
            }
        }
    }
}
