package dev.loket.forms.internal.web;

import dev.loket.core.Language;
import dev.loket.core.LoketException;
import dev.loket.core.Message;
import dev.loket.core.ProblemType;
import dev.loket.forms.definition.Component;
import dev.loket.forms.definition.FileRules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the files posted with a page before any is stored: each must be for a file field the page
 * shows, of a type the field accepts (as its first bytes show, see {@link Upload#recognisedType()}),
 * no larger than it allows, and within the field's count and the draft's. A file that fails is not
 * stored and the person is told why at the field; the files that pass, and everything saved before,
 * stay.
 *
 * @param accepted the files to store, in the order posted
 * @param refused  why other files were not taken, in the person's language, by their field's pointer
 */
record UploadCheck(List<Upload> accepted, Map<String, List<String>> refused) {

    /** The most files one draft holds when {@code loket.forms.files.max-per-draft} is not set. */
    static final int DEFAULT_MAX_PER_DRAFT = 20;
    private static final String BUNDLE = Journeys.BUNDLE;

    /**
     * @param uploads      the files posted, empty ones (a file input left empty) included
     * @param fileFields   the file fields the page shows for the saved answers, by pointer
     * @param inDraft      how many files the draft holds already
     * @param maxPerDraft  the most files a draft may hold
     * @throws LoketException {@code bad-request} for a file posted for anything but a file field on this
     *                        page: no browser sends that, so nothing of the post is kept
     */
    static UploadCheck of(List<Upload> uploads, Map<String, Node> fileFields, int inDraft, int maxPerDraft,
                          Language language) {
        List<Upload> accepted = new ArrayList<>();
        Map<String, List<String>> refused = new LinkedHashMap<>();
        Map<String, Integer> perField = new LinkedHashMap<>();
        fileFields.forEach((pointer, node) -> perField.put(pointer, node.state().value().isArray()
                ? node.state().value().size() : 0));
        int total = inDraft;
        for (Upload upload : uploads) {
            if (upload.content().length == 0) {
                continue;
            }
            Node field = fileFields.get(upload.pointer());
            if (field == null) {
                throw new LoketException(ProblemType.BAD_REQUEST, Message.of(BUNDLE, "web.file.not-on-page"));
            }
            Component c = field.component();
            FileRules rules = c.file();
            String label = c.label().in(language);
            String type = upload.recognisedType();
            Message why = null;
            if (!rules.types().isEmpty() && rules.types().stream().noneMatch(t -> matches(t, type))) {
                why = Message.of(BUNDLE, "validation.file.type", label, upload.name(), String.join(", ", rules.types()));
            } else if (upload.content().length > rules.maxSize()) {
                why = Message.of(BUNDLE, "validation.file.size", label, upload.name(),
                        Math.max(1, rules.maxSize() / (1024 * 1024)));
            } else if (perField.get(upload.pointer()) + 1 > rules.maxCount()) {
                why = Message.of(BUNDLE, "validation.file.count", label, rules.maxCount());
            } else if (total + 1 > maxPerDraft) {
                why = Message.of(BUNDLE, "validation.file.draft-count", upload.name(), maxPerDraft);
            }
            if (why == null) {
                accepted.add(upload);
                perField.merge(upload.pointer(), 1, Integer::sum);
                total++;
            } else {
                refused.computeIfAbsent(upload.pointer(), p -> new ArrayList<>()).add(why.in(language));
            }
        }
        return new UploadCheck(List.copyOf(accepted), refused);
    }

    /** {@code image/*} takes any image; other types are compared whole. */
    private static boolean matches(String accepted, String actual) {
        return accepted.endsWith("/*")
                ? actual.startsWith(accepted.substring(0, accepted.length() - 1))
                : accepted.equalsIgnoreCase(actual);
    }
}
