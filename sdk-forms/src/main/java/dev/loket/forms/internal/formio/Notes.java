package dev.loket.forms.internal.formio;

import dev.loket.forms.formio.ImportNote;

import java.util.ArrayList;
import java.util.List;

/** The notes of one import, in the order they were made. */
final class Notes {

    private final List<ImportNote> notes = new ArrayList<>();

    void add(String componentPointer, String property, String reason) {
        String pointer = property.isEmpty() ? componentPointer
                : componentPointer + "/" + String.join("/", escaped(property.split("\\.")));
        notes.add(new ImportNote(pointer, property, reason));
    }

    List<ImportNote> all() {
        return List.copyOf(notes);
    }

    private static List<String> escaped(String[] names) {
        List<String> result = new ArrayList<>();
        for (String name : names) {
            result.add(name.replace("~", "~0").replace("/", "~1"));
        }
        return result;
    }
}
