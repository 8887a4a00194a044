package dev.loket.forms.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.loket.core.Channel;
import dev.loket.core.Json;
import dev.loket.core.LoketException;
import dev.loket.core.Message;
import dev.loket.core.ProblemType;
import dev.loket.forms.conversation.TranscriptLine;
import dev.loket.forms.submission.NewSubmission;
import dev.loket.forms.submission.StoredSubmission;
import dev.loket.forms.submission.SubmissionStore;
import dev.loket.identity.Representation;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Submissions in {@code forms_submission}, with their delivery queued in {@code forms_outbox} in
 * the same transaction. Exactly-once rests on the database's unique key, not on a lock in this
 * JVM, so it holds across instances.
 */
public final class JdbcSubmissionStore implements SubmissionStore {

    /** SQLSTATE of a unique-key violation, the same on H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";
    private static final TypeReference<List<TranscriptLine>> TRANSCRIPT = new TypeReference<>() {
    };

    private final DataSource dataSource;
    private final Clock clock;

    public JdbcSubmissionStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public StoredSubmission store(NewSubmission filed) {
        String formId = filed.formId();
        String idempotencyKey = filed.idempotencyKey();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        StoredSubmission submission = new StoredSubmission(UUID.randomUUID(), formId, filed.formVersion(),
                filed.channel(), idempotencyKey, filed.data(), sha256(filed.data()), now, true, filed.representation(),
                filed.transcript());
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                insert(c, submission);
                c.commit();
                return submission;
            } catch (SQLException e) {
                c.rollback();
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
            } finally {
                c.setAutoCommit(true);
            }
            StoredSubmission earlier = find(c, formId, idempotencyKey).orElseThrow(() ->
                    new IllegalStateException("Submission with key " + idempotencyKey + " vanished"));
            if (!earlier.dataSha256().equals(submission.dataSha256())) {
                throw new LoketException(ProblemType.CONFLICT, Message.of(JdbcDraftStore.BUNDLE, "submission.key-reused"));
            }
            return earlier;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store a submission of form " + formId, e);
        }
    }

    @Override
    public Optional<StoredSubmission> find(String formId, String idempotencyKey) {
        try (Connection c = dataSource.getConnection()) {
            return find(c, formId, idempotencyKey);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read a submission of form " + formId, e);
        }
    }

    private static void insert(Connection c, StoredSubmission s) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO forms_submission (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement outbox = c.prepareStatement("INSERT INTO forms_outbox (submission_id, attempts, "
                     + "next_attempt_at) VALUES (?, 0, ?)")) {
            insert.setObject(1, s.id());
            insert.setString(2, s.formId());
            insert.setString(3, s.formVersion());
            insert.setString(4, s.channel().name());
            insert.setString(5, s.idempotencyKey());
            insert.setString(6, s.data());
            insert.setString(7, s.dataSha256());
            insert.setObject(8, s.submittedAt().atOffset(ZoneOffset.UTC));
            Optional<Representation> by = s.representation();
            insert.setString(9, by.map(Representation::actor).orElse(null));
            insert.setString(10, by.map(Representation::role).orElse(null));
            insert.setString(11, by.map(Representation::onBehalfOf).orElse(null));
            insert.setString(12, by.map(Representation::mandate).orElse(null));
            insert.setString(13, by.flatMap(Representation::place).orElse(null));
            insert.setString(14, s.transcript().isEmpty() ? null : json(s.transcript()));
            insert.executeUpdate();
            outbox.setObject(1, s.id());
            outbox.setObject(2, s.submittedAt().atOffset(ZoneOffset.UTC));
            outbox.executeUpdate();
        }
    }

    @Override
    public Optional<StoredSubmission> find(UUID id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM forms_submission WHERE id = ?")) {
            select.setObject(1, id);
            return first(select);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read submission " + id, e);
        }
    }

    /** A submission's columns; the outbox's own columns have other names, so joins need no prefixes. */
    static final String COLUMNS = "id, form_id, form_version, channel, idempotency_key, data, data_sha256, "
            + "submitted_at, acted_by, acted_as, on_behalf_of, mandate, place, transcript";

    private static Optional<StoredSubmission> find(Connection c, String formId, String key) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS
                + " FROM forms_submission WHERE form_id = ? AND idempotency_key = ?")) {
            select.setString(1, formId);
            select.setString(2, key);
            return first(select);
        }
    }

    /** The first row the query finds, as a submission this call did not create. */
    private static Optional<StoredSubmission> first(PreparedStatement select) throws SQLException {
        try (ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                return Optional.empty();
            }
            return Optional.of(read(row));
        }
    }

    /** The submission in the current row of a query of {@link #COLUMNS}, as one this call did not create. */
    static StoredSubmission read(ResultSet row) throws SQLException {
        return new StoredSubmission(row.getObject("id", UUID.class), row.getString("form_id"),
                row.getString("form_version"), Channel.valueOf(row.getString("channel")),
                row.getString("idempotency_key"), row.getString("data"), row.getString("data_sha256"),
                row.getObject("submitted_at", OffsetDateTime.class).toInstant(), false, representation(row),
                transcript(row));
    }

    private static List<TranscriptLine> transcript(ResultSet row) throws SQLException {
        String transcript = row.getString("transcript");
        if (transcript == null) {
            return List.of();
        }
        try {
            return Json.mapper().readValue(transcript, TRANSCRIPT);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Submission " + row.getObject("id", UUID.class)
                    + " has a transcript that cannot be read", e);
        }
    }

    private static String json(List<TranscriptLine> transcript) {
        try {
            return Json.mapper().writeValueAsString(transcript);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A transcript could not be written", e);
        }
    }

    private static Optional<Representation> representation(ResultSet row) throws SQLException {
        String actor = row.getString("acted_by");
        return actor == null ? Optional.empty() : Optional.of(new Representation(actor, row.getString("acted_as"),
                row.getString("on_behalf_of"), row.getString("mandate"), Optional.ofNullable(row.getString("place"))));
    }

    static String sha256(String data) {
        return sha256(data.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
