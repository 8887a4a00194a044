package dev.loket.forms.internal.conversation;

import java.util.List;

/**
 * One answer of a choice question as the conversation offers it.
 *
 * @param value what is stored
 * @param label what is said, in the conversation's language
 * @param names everything a person may say to mean it: labels in every language, the value, other names
 */
public record Choice(String value, String label, List<String> names) {
}
