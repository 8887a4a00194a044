package dev.loket.forms.internal.conversation;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * What a person may say at any moment instead of an answer. Both languages are always understood:
 * someone talking English to a Dutch channel still gets help.
 */
enum Command {
    BACK(Set.of("terug", "vorige", "vorige vraag", "ga terug", "back", "previous", "go back")),
    REPEAT(Set.of("herhaal", "herhalen", "nog een keer", "nog eens", "repeat", "again", "say again")),
    HELP(Set.of("hulp", "help", "help me", "ik snap het niet", "ik begrijp het niet")),
    STOP(Set.of("stop", "stoppen", "ik stop", "later", "quit", "exit", "pauze", "pause"));

    private final Set<String> words;

    Command(Set<String> words) {
        this.words = words;
    }

    static Optional<Command> in(String text) {
        String said = Words.normalise(text);
        return Arrays.stream(values()).filter(c -> c.words.contains(said)).findFirst();
    }
}
