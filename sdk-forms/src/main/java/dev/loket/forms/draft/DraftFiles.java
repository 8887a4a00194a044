package dev.loket.forms.draft;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loket.forms.internal.JdbcDraftFiles;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The files a person adds to a draft, such as proof of income: kept with the draft until it is sent,
 * then with the submission. A form's answers hold only a file's {@link Added#asAnswer() description};
 * the bytes stay here, so a draft's answers stay small and every channel can show them.
 */
public interface DraftFiles {

    /**
     * A stored file, as the form's answers describe it.
     *
     * @param id        the file's id
     * @param name      the name the person's device gave it
     * @param mediaType its media type, as recognised from its first bytes where Loket knows the format
     * @param size      its size in bytes
     * @param sha256    the SHA-256 of its bytes (hex), so a receipt over the answers also covers the files
     */
    record Added(UUID id, String name, String mediaType, long size, String sha256) {
        public Added {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(mediaType, "mediaType");
            Objects.requireNonNull(sha256, "sha256");
        }

        /** The file as an answer of a file component: {@code {"id", "name", "type", "size", "sha256"}}. */
        public ObjectNode asAnswer() {
            ObjectNode answer = JsonNodeFactory.instance.objectNode();
            answer.put("id", id.toString());
            answer.put("name", name);
            answer.put("type", mediaType);
            answer.put("size", size);
            answer.put("sha256", sha256);
            return answer;
        }
    }

    /** Stores a file for a draft. */
    Added add(UUID draftId, String name, String mediaType, byte[] content);

    /** How many files a draft that is not sent yet holds. */
    int count(UUID draftId);

    /** Removes a file of a draft that is not sent yet; a file that is gone already is no error. */
    void remove(UUID draftId, UUID fileId);

    /** The bytes of a file of this draft or of the submission it became. */
    Optional<byte[]> content(UUID fileId);

    /** Keeps the draft's files with its submission, once the draft is sent and deleted. */
    void attach(UUID draftId, UUID submissionId);

    /** Files in the {@code forms_file} table of a database migrated with sdk-forms' schema. */
    static DraftFiles onDatabase(DataSource dataSource, Clock clock) {
        return new JdbcDraftFiles(dataSource, clock);
    }
}
