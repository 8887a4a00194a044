package dev.loket.forms.internal.web;

import dev.loket.core.LoketException;
import dev.loket.core.Message;
import dev.loket.core.ProblemType;
import dev.loket.core.web.CsrfProtection;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.EntityPart;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page posted with files ({@code multipart/form-data}): its fields as a browser's form fields and
 * its files as uploads. Its CSRF token is checked here, because the token travels inside the body,
 * which only the resource reads.
 *
 * @param fields  the text fields, by name
 * @param uploads the files, each with the field it was chosen in
 */
public record MultipartForm(Map<String, String[]> fields, List<Upload> uploads) {

    /** No file a form accepts is larger. */
    static final int MAX_FILE_BYTES = 50 * 1024 * 1024;
    /**
     * The most all parts together may hold. {@code CsrfProtection} refuses a larger {@code Content-Length};
     * this also bounds a body sent without one (chunked), which could otherwise bring any number of parts.
     */
    static final long MAX_TOTAL_BYTES = 64L * 1024 * 1024;
    private static final int MAX_FIELD_BYTES = 64 * 1024;

    /**
     * Reads the parts and checks that the form's {@code _csrf} field repeats the browser's token.
     *
     * @throws LoketException {@code csrf} when it does not, {@code payload-too-large} for a file over 50 MiB
     *                        or parts of more than 64 MiB together
     */
    public static MultipartForm read(List<EntityPart> parts, Map<String, Cookie> cookies) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        List<Upload> uploads = new ArrayList<>();
        long left = MAX_TOTAL_BYTES;
        for (EntityPart part : parts) {
            if (part.getFileName().isPresent()) {
                String name = part.getFileName().get();
                byte[] content = bytes(part, (int) Math.min(MAX_FILE_BYTES, left));
                left -= content.length;
                if (!name.isBlank() || content.length > 0) {
                    uploads.add(new Upload(part.getName(), fileName(name),
                            part.getMediaType() == null ? "application/octet-stream" : part.getMediaType().toString(), content));
                }
            } else {
                byte[] value = bytes(part, (int) Math.min(MAX_FIELD_BYTES, left));
                left -= value.length;
                fields.computeIfAbsent(part.getName(), n -> new ArrayList<>())
                        .add(new String(value, StandardCharsets.UTF_8));
            }
        }
        List<String> token = fields.getOrDefault(CsrfProtection.FIELD, List.of());
        if (token.size() != 1 || !CsrfProtection.matches(cookies, token.get(0))) {
            throw new LoketException(ProblemType.CSRF, Message.of(Message.CORE_BUNDLE, "problem.csrf.detail"));
        }
        Map<String, String[]> flat = new LinkedHashMap<>();
        fields.forEach((name, values) -> flat.put(name, values.toArray(String[]::new)));
        return new MultipartForm(flat, uploads);
    }

    /** Only the last segment of what a browser sends as the name: old browsers send the whole path. */
    private static String fileName(String sent) {
        String name = sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1).strip();
        return name.length() > 200 ? name.substring(name.length() - 200) : name.isEmpty() ? "bestand" : name;
    }

    private static byte[] bytes(EntityPart part, int limit) {
        try (InputStream in = part.getContent()) {
            byte[] content = in.readNBytes(limit + 1);
            if (content.length > limit) {
                throw new LoketException(ProblemType.PAYLOAD_TOO_LARGE,
                        Message.of(Message.CORE_BUNDLE, "problem.payload-too-large.detail"));
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read a posted form", e);
        }
    }
}
