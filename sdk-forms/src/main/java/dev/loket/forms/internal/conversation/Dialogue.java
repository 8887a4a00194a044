package dev.loket.forms.internal.conversation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loket.core.identifier.Postcode;
import dev.loket.forms.conversation.ConversationState;
import dev.loket.forms.conversation.ConversationStatus;
import dev.loket.forms.conversation.ConversationTurn;
import dev.loket.forms.conversation.TranscriptLine;
import dev.loket.forms.conversation.TranscriptLine.Speaker;
import dev.loket.forms.definition.FormDefinition;
import dev.loket.forms.evaluation.EvaluationContext;
import dev.loket.forms.evaluation.FieldMessage;
import dev.loket.forms.evaluation.FormEvaluator;
import dev.loket.forms.evaluation.Submission;
import dev.loket.forms.internal.JsonPointers;
import dev.loket.forms.logic.LogicContext;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The conversation itself: one question at a time, the next one chosen again after every answer.
 * The next question is the first open one in the form's order, so going back or changing an answer
 * from the summary brings the person back to where they were, and questions an answer reveals are
 * asked in their place. Every answer is checked by the {@link FormEvaluator} before it is kept.
 * Answers bound to the person's login (their BSN, what the registers gave for them) are read back but
 * never asked, and no answer changes them: they are put back over the data on every move, as every
 * other channel's save does.
 * One class past 300 lines on purpose: it is one state machine, and its moves read best side by side.
 */
public final class Dialogue {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final Pattern NUMBER = Pattern.compile("(\\d{1,3})");

    private final FormDefinition definition;
    private final FormEvaluator evaluator;
    private final EvaluationContext context;
    private final Wording wording;
    private final AnswerReader reader;
    private final List<TranscriptLine> transcript;
    private final Set<String> finishedGroups;
    private final ObjectNode bound;
    private ObjectNode data;
    private ConversationStatus status;
    private String position;

    private Dialogue(FormDefinition definition, ConversationState state, LogicContext logic, ObjectNode bound) {
        this.definition = definition;
        this.evaluator = new FormEvaluator(definition);
        this.context = new EvaluationContext(state.language(), logic);
        this.wording = new Wording(state.language());
        this.reader = new AnswerReader(wording, logic);
        this.transcript = new ArrayList<>(state.transcript());
        this.finishedGroups = new LinkedHashSet<>(state.finishedGroups());
        this.bound = bound.deepCopy();
        this.data = parse(state.data());
        this.data.setAll(this.bound.deepCopy());
        this.status = state.status();
        this.position = state.position();
    }

    public static Dialogue start(FormDefinition definition, dev.loket.core.Language language, LogicContext logic) {
        return start(definition, language, logic, "{}", "{}");
    }

    /**
     * A conversation that begins with answers already given: what the registers gave for a logged-in person.
     *
     * @param answers the answers so far, a JSON object
     * @param bound   the answers bound to the login, a JSON object by top-level key: read back, never asked or changed
     */
    public static Dialogue start(FormDefinition definition, dev.loket.core.Language language, LogicContext logic,
                                 String answers, String bound) {
        Dialogue dialogue = new Dialogue(definition, new ConversationState(definition.id(), definition.version(), language,
                ConversationStatus.ASKING, "", answers, List.of(), List.of()), logic, parse(bound));
        List<String> texts = new ArrayList<>();
        texts.add(definition.title().in(language));
        if (!definition.intro().isEmpty()) {
            texts.add(definition.intro().in(language));
        }
        texts.add(dialogue.wording.say("opening"));
        texts.addAll(dialogue.moveOn(null));
        dialogue.said(texts);
        return dialogue;
    }

    /** @throws IllegalArgumentException when the state belongs to another form or another version of it */
    public static Dialogue resume(FormDefinition definition, ConversationState state, LogicContext logic) {
        return resume(definition, state, logic, "{}");
    }

    /**
     * @param bound the answers bound to the login, a JSON object by top-level key; put back over the state's data
     * @throws IllegalArgumentException when the state belongs to another form or another version of it
     */
    public static Dialogue resume(FormDefinition definition, ConversationState state, LogicContext logic, String bound) {
        if (!definition.id().equals(state.formId()) || !definition.version().equals(state.formVersion())) {
            throw new IllegalArgumentException("This conversation was held on form " + state.formId() + " version "
                    + state.formVersion() + ", not on " + definition.id() + " version " + definition.version()
                    + ". Resume it with that definition, or move its data to a draft of the new version.");
        }
        return new Dialogue(definition, state, logic, parse(bound));
    }

    public ConversationTurn answer(String text) {
        transcript.add(new TranscriptLine(Speaker.PERSON, text == null ? "" : text));
        return said(respond(text == null ? "" : text));
    }

    public ConversationTurn welcomeBack() {
        List<String> texts = new ArrayList<>();
        if (status == ConversationStatus.SUBMITTED) {
            texts.add(wording.say("done.already"));
            return said(texts);
        }
        texts.add(wording.say("welcome-back"));
        texts.addAll(current());
        return said(texts);
    }

    /** What Loket said last, as a turn: to send again, e.g. when a channel lost the message. */
    public ConversationTurn lastTurn() {
        int first = transcript.size();
        while (first > 0 && transcript.get(first - 1).who() == Speaker.LOKET) {
            first--;
        }
        return new ConversationTurn(transcript.subList(first, transcript.size()).stream().map(TranscriptLine::text).toList(),
                status, data);
    }

    public ConversationState state() {
        try {
            return new ConversationState(definition.id(), definition.version(), context.language(), status, position,
                    JSON.writeValueAsString(data), List.copyOf(finishedGroups), List.copyOf(transcript));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ConversationTurn said(List<String> texts) {
        texts.forEach(t -> transcript.add(new TranscriptLine(Speaker.LOKET, t)));
        return new ConversationTurn(texts, status, data);
    }

    private List<String> respond(String text) {
        if (status == ConversationStatus.SUBMITTED) {
            return List.of(wording.say("done.already"));
        }
        Optional<Command> command = Command.in(text);
        if (status == ConversationStatus.STOPPED && command.filter(c -> c == Command.STOP).isEmpty()) {
            List<String> texts = new ArrayList<>(List.of(wording.say("welcome-back")));
            texts.addAll(current());
            return texts;
        }
        if (command.isPresent()) {
            return command(command.get());
        }
        return switch (status) {
            case ASKING -> answerQuestion(text);
            case CHECKING -> confirm(text);
            default -> chooseChange(text);
        };
    }

    private List<String> command(Command command) {
        List<String> texts = new ArrayList<>();
        switch (command) {
            case STOP -> {
                status = ConversationStatus.STOPPED;
                texts.add(wording.say("stop"));
            }
            case REPEAT -> texts.addAll(current());
            case HELP -> {
                Optional<Question> asked = status == ConversationStatus.ASKING ? agenda().at(position) : Optional.empty();
                texts.addAll(asked.map(wording::help).orElseGet(() -> List.of(wording.say("help.commands"))));
                texts.addAll(current());
            }
            case BACK -> texts.addAll(back());
        }
        return texts;
    }

    /** The current question (or summary, or request for a number) again, with what belongs before it. */
    private List<String> current() {
        if (status == ConversationStatus.STOPPED) {
            status = position.isEmpty() ? ConversationStatus.CHECKING : ConversationStatus.ASKING;
        }
        if (status == ConversationStatus.CHECKING) {
            return summary(agenda());
        }
        if (status == ConversationStatus.CHOOSING_CHANGE) {
            return List.of(wording.say("change.which", agenda().answered().size()));
        }
        Agenda agenda = agenda();
        Optional<Question> asked = agenda.at(position).filter(Question::asks);
        return asked.isPresent() ? introduce(agenda, null, asked.get()) : moveOn(null);
    }

    private List<String> back() {
        Agenda agenda = agenda();
        String from = status == ConversationStatus.ASKING ? position : "";
        Optional<Question> previous = agenda.askedBefore(from);
        if (previous.isEmpty()) {
            List<String> texts = new ArrayList<>(List.of(wording.say("back.first")));
            texts.addAll(current());
            return texts;
        }
        status = ConversationStatus.ASKING;
        position = previous.get().pointer();
        return introduce(agenda, null, previous.get());
    }

    private List<String> answerQuestion(String text) {
        Agenda agenda = agenda();
        Optional<Question> asked = agenda.at(position).filter(Question::asks);
        if (asked.isEmpty()) {
            return moveOn(null);
        }
        Question q = asked.get();
        JsonNode value = reader.read(q, text);
        if (q.kind() == Question.Kind.MORE) {
            return more(agenda, q, value);
        }
        ObjectNode candidate = data.deepCopy();
        put(candidate, q, value);
        List<String> problems = problems(q, value, candidate);
        if (!problems.isEmpty()) {
            List<String> texts = new ArrayList<>(problems);
            texts.add(wording.say("answer.again"));
            texts.addAll(wording.question(q, items(q)));
            return texts;
        }
        data = candidate;
        data.setAll(bound.deepCopy());
        return moveOn(q);
    }

    private List<String> more(Agenda agenda, Question q, JsonNode value) {
        String group = q.valuePointer();
        if (!value.isBoolean()) {
            List<String> texts = new ArrayList<>(List.of(wording.say("answer.yes-no")));
            texts.addAll(wording.question(q, items(q)));
            return texts;
        }
        if (value.booleanValue()) {
            finishedGroups.remove(group);
            JsonPointers.array(data, group).addObject();
        } else {
            finishedGroups.add(group);
        }
        return moveOn(q);
    }

    private static void put(ObjectNode data, Question q, JsonNode value) {
        switch (q.kind()) {
            case POSTCODE -> {
                if (value.isNull()) {
                    JsonPointers.set(data, q.valuePointer(), value);
                } else {
                    JsonPointers.set(data, q.pointer(), value);
                }
            }
            case HOUSE_NUMBER -> {
                ObjectNode address = data.at(q.valuePointer()) instanceof ObjectNode a ? a : JsonNodeFactory.instance.objectNode();
                address.remove(List.of("houseNumber", "houseLetter", "houseNumberAddition"));
                if (value.isObject()) {
                    address.setAll((ObjectNode) value);
                } else {
                    address.set("houseNumber", value);
                }
                JsonPointers.set(data, q.valuePointer(), address);
            }
            default -> JsonPointers.set(data, q.pointer(), value);
        }
    }

    /** What is wrong with the answer, in the evaluator's words (a postcode alone is checked here: the evaluator checks whole addresses). */
    private List<String> problems(Question q, JsonNode value, ObjectNode candidate) {
        if (q.kind() == Question.Kind.POSTCODE) {
            if (value.isNull()) {
                return q.required() ? List.of(wording.validation("validation.address.incomplete", wording.label(q.component())))
                        : List.of();
            }
            return Postcode.parse(value.asText()).isPresent() ? List.of() : List.of(wording.validation("validation.postcode.type"));
        }
        return evaluator.evaluate(candidate, context).errors().stream()
                .filter(e -> e.pointer().equals(q.pointer())
                        || q.kind() == Question.Kind.HOUSE_NUMBER && e.pointer().equals(q.valuePointer()))
                .map(FieldMessage::message).distinct().toList();
    }

    /**
     * Goes to the next open question (after a postcode: its house number, also when changing it),
     * adding items a group needs on the way; to the summary when nothing is open.
     */
    private List<String> moveOn(Question from) {
        while (true) {
            Agenda agenda = agenda();
            Optional<Question> next = Optional.ofNullable(from).filter(f -> f.kind() == Question.Kind.POSTCODE)
                    .filter(f -> !data.at(f.valuePointer()).isNull())
                    .flatMap(f -> agenda.at(f.valuePointer() + "/houseNumber"))
                    .or(agenda::firstToDo);
            if (next.isPresent() && next.get().kind() == Question.Kind.ADD) {
                JsonPointers.array(data, next.get().valuePointer()).addObject();
                continue;
            }
            if (next.isEmpty()) {
                status = ConversationStatus.CHECKING;
                position = "";
                List<String> texts = new ArrayList<>(contents(agenda.contentBefore(agenda.questions().size())));
                texts.addAll(summary(agenda));
                return texts;
            }
            status = ConversationStatus.ASKING;
            position = next.get().pointer();
            return introduce(agenda, from, next.get());
        }
    }

    /** The step's title when the step changes, content just before the question, the item of a group, then the question. */
    private List<String> introduce(Agenda agenda, Question from, Question next) {
        List<String> texts = new ArrayList<>();
        List<Question> content = agenda.contentBefore(agenda.indexOf(next.pointer()));
        texts.addAll(contents(content.stream().filter(c -> c.step() != next.step()).toList()));
        if (from == null || from.step() != next.step()) {
            String title = definition.steps().get(next.step()).title().in(context.language());
            if (!title.isBlank()) {
                texts.add(title);
            }
        }
        texts.addAll(contents(content.stream().filter(c -> c.step() == next.step()).toList()));
        if (next.group() != null && next.kind() != Question.Kind.MORE
                && (from == null || from.group() != next.group() || from.item() != next.item())) {
            texts.add(wording.item(next));
        }
        texts.addAll(wording.question(next, items(next)));
        return texts;
    }

    private List<String> contents(List<Question> content) {
        return content.stream().map(c -> c.component().content().in(context.language())).filter(t -> !t.isBlank()).toList();
    }

    private int items(Question q) {
        return q.kind() == Question.Kind.MORE && data.at(q.valuePointer()) instanceof ArrayNode items ? items.size() : 0;
    }

    private List<String> summary(Agenda agenda) {
        List<Question> answered = agenda.answered();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < answered.size(); i++) {
            lines.add(wording.summaryLine(i + 1, answered.get(i), data));
        }
        return List.of(wording.say("summary.intro"), String.join("\n", lines), wording.say("summary.confirm"));
    }

    private List<String> confirm(String text) {
        Optional<Boolean> right = NaturalValues.yesNo(text);
        if (right.isEmpty()) {
            return List.of(wording.say("answer.yes-no"), wording.say("summary.confirm"));
        }
        if (!right.get()) {
            status = ConversationStatus.CHOOSING_CHANGE;
            return List.of(wording.say("change.which", agenda().answered().size()));
        }
        // Every move keeps them; this makes filing sure of it, as the sessions API does.
        data.setAll(bound.deepCopy());
        Submission submission = evaluator.submit(data, context);
        if (submission.accepted()) {
            status = ConversationStatus.SUBMITTED;
            position = "";
            data = submission.data();
            return List.of(wording.say("done.submitted"));
        }
        return refused(submission);
    }

    /** Goes to the first question with a problem; a problem this channel cannot solve (a file) ends here, kept as a draft. */
    private List<String> refused(Submission submission) {
        List<String> texts = new ArrayList<>(submission.errors().stream().map(FieldMessage::message).distinct().toList());
        Agenda agenda = agenda();
        Optional<Question> wrong = agenda.questions().stream().filter(Question::asks)
                .filter(q -> submission.errors().stream().anyMatch(e -> e.pointer().equals(q.pointer()) || e.pointer().equals(q.valuePointer())))
                .findFirst();
        if (wrong.isEmpty()) {
            status = ConversationStatus.STOPPED;
            texts.add(wording.say("done.elsewhere"));
            return texts;
        }
        status = ConversationStatus.ASKING;
        position = wrong.get().pointer();
        texts.addAll(introduce(agenda, null, wrong.get()));
        return texts;
    }

    private List<String> chooseChange(String text) {
        List<Question> answered = agenda().answered();
        Matcher number = NUMBER.matcher(text);
        int chosen = number.find() ? Integer.parseInt(number.group(1)) : 0;
        if (chosen < 1 || chosen > answered.size()) {
            return List.of(wording.say("change.number", answered.size()));
        }
        Question q = answered.get(chosen - 1);
        if (q.bound()) {
            return List.of(wording.say("change.bound", wording.label(q.component()), answered.size()));
        }
        status = ConversationStatus.ASKING;
        position = q.pointer();
        return introduce(agenda(), null, q);
    }

    private Agenda agenda() {
        Set<String> boundKeys = new LinkedHashSet<>();
        bound.fieldNames().forEachRemaining(boundKeys::add);
        return Agenda.of(definition, evaluator.evaluate(data, context), data, finishedGroups, boundKeys);
    }

    private static ObjectNode parse(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            return node instanceof ObjectNode object ? object : JSON.createObjectNode();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The conversation's data is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
