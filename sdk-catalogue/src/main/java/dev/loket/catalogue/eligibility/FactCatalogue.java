package dev.loket.catalogue.eligibility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loket.catalogue.LocalizedText;
import dev.loket.catalogue.search.SearchDocuments;
import dev.loket.core.FieldError;
import dev.loket.core.Json;
import dev.loket.core.LoketException;
import dev.loket.core.Message;
import dev.loket.core.ProblemType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The facts a person can tell, in the order a page asks them; read from
 * {@code dev/loket/catalogue/eligibility/facts.json}. Reads a person's answers into
 * {@link PersonFacts}, and says in plain words what is wrong with an answer.
 */
public final class FactCatalogue {

    static final String RESOURCE = "dev/loket/catalogue/eligibility/facts.json";
    private static final Pattern MUNICIPALITY_CODE = Pattern.compile("GM\\d{4}");
    private static final int MAX_TEXT = 100;

    private final Map<String, Fact> facts;

    private FactCatalogue(List<Fact> facts) {
        this.facts = new LinkedHashMap<>();
        facts.forEach(f -> this.facts.put(f.name(), f));
    }

    public static FactCatalogue standard() {
        try (InputStream in = FactCatalogue.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The fact list " + RESOURCE + " is not on the class path");
            }
            List<Fact> facts = new ArrayList<>();
            for (JsonNode node : Json.mapper().readTree(in)) {
                facts.add(fact(node));
            }
            return new FactCatalogue(facts);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the fact list " + RESOURCE, e);
        }
    }

    public List<Fact> all() {
        return List.copyOf(facts.values());
    }

    public Optional<Fact> fact(String name) {
        return Optional.ofNullable(facts.get(name));
    }

    /**
     * A person's answers as facts. Empty answers are left out (not known); unknown names are
     * ignored, so a page or client may send more than the rules read.
     *
     * @throws LoketException {@link ProblemType#VALIDATION} with one field error per wrong answer
     */
    public PersonFacts read(Map<String, String> answers) {
        ObjectNode data = Json.mapper().createObjectNode();
        List<FieldError> errors = new ArrayList<>();
        for (Fact fact : facts.values()) {
            String raw = answers.get(fact.name());
            if (raw == null || raw.isBlank()) {
                continue;
            }
            String answer = raw.strip();
            Optional<Message> wrong = put(data, fact, answer);
            wrong.ifPresent(m -> errors.add(new FieldError("/facts/" + fact.name(), m)));
        }
        if (!errors.isEmpty()) {
            throw new LoketException(ProblemType.VALIDATION,
                    Message.of(SearchDocuments.BUNDLE, "eligibility.invalid"), errors);
        }
        return new PersonFacts(data);
    }

    private static Optional<Message> put(ObjectNode data, Fact fact, String answer) {
        String key = "eligibility.fact.";
        if (answer.length() > MAX_TEXT) {
            return Optional.of(Message.of(SearchDocuments.BUNDLE, key + "tooLong"));
        }
        switch (fact.type()) {
            case NUMBER -> {
                BigDecimal number;
                try {
                    number = new BigDecimal(answer.replace(',', '.'));
                } catch (NumberFormatException e) {
                    return Optional.of(Message.of(SearchDocuments.BUNDLE, key + "number"));
                }
                if (fact.min().map(min -> number.compareTo(min) < 0).orElse(false)
                        || fact.max().map(max -> number.compareTo(max) > 0).orElse(false)) {
                    return Optional.of(Message.of(SearchDocuments.BUNDLE, key + "range",
                            fact.min().map(BigDecimal::toPlainString).orElse(""),
                            fact.max().map(BigDecimal::toPlainString).orElse("")));
                }
                data.put(fact.name(), number);
            }
            case BOOLEAN -> {
                if (!answer.equals("true") && !answer.equals("false")) {
                    return Optional.of(Message.of(SearchDocuments.BUNDLE, key + "boolean"));
                }
                data.put(fact.name(), Boolean.parseBoolean(answer));
            }
            case CHOICE -> {
                if (fact.options().stream().noneMatch(o -> o.value().equals(answer))) {
                    return Optional.of(Message.of(SearchDocuments.BUNDLE, key + "choice"));
                }
                if (fact.numeric()) {
                    data.put(fact.name(), new BigDecimal(answer));
                } else {
                    data.put(fact.name(), answer);
                }
            }
            case MUNICIPALITY -> {
                if (!MUNICIPALITY_CODE.matcher(answer).matches()) {
                    return Optional.of(Message.of(SearchDocuments.BUNDLE, key + "municipality"));
                }
                data.put(fact.name(), answer);
            }
        }
        return Optional.empty();
    }

    private static Fact fact(JsonNode node) {
        List<Fact.Option> options = new ArrayList<>();
        node.path("options").forEach(o -> options.add(new Fact.Option(o.path("value").asText(), text(o.path("label")))));
        return new Fact(node.path("name").asText(), Fact.Type.valueOf(node.path("type").asText().toUpperCase()),
                text(node.path("label")),
                node.has("hint") ? Optional.of(text(node.path("hint"))) : Optional.empty(),
                text(node.path("need")),
                node.has("min") ? Optional.of(node.path("min").decimalValue()) : Optional.empty(),
                node.has("max") ? Optional.of(node.path("max").decimalValue()) : Optional.empty(),
                options, node.path("numeric").asBoolean(false));
    }

    private static LocalizedText text(JsonNode node) {
        return LocalizedText.of(node.path("nl").asText(), node.path("en").asText(null));
    }
}
