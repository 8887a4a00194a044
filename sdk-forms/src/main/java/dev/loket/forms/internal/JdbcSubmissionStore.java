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
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Submissions in {@code forms_submission}, with their delivery queued in {@code forms_outbox} in
 * the same transaction. Exactly-once rests on the database's unique key, not on a lock in this
 * JVM, so it holds across instances.
 *
 * <p>Submissions that arrive together are stored together ({@link GroupCommit}): one transaction,
 * one commit and one batched {@code INSERT} per table for all of them, and each caller returns once
 * the commit that holds its row is done. Within a batch, the same form and key are stored once and
 * the others get that row, as a retry would. When a batch fails (say a key that was stored earlier,
 * which the unique key refuses), it is rolled back and its submissions are stored one by one, so a
 * submission's own failure never fails the others.
 */
public final class JdbcSubmissionStore implements SubmissionStore {

    /** The most submissions stored in one transaction. */
    public static final int DEFAULT_BATCH = 64;
    /** The most transactions storing submissions at once. */
    public static final int DEFAULT_WRITERS = 2;
    /** A submission's columns; the outbox's own columns have other names, so joins need no prefixes. */
    static final String COLUMNS = "id, form_id, form_version, channel, idempotency_key, data, data_sha256, "
            + "submitted_at, acted_by, acted_as, on_behalf_of, mandate, place, transcript, owner";

    /** SQLSTATE of a unique-key violation, the same on H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";
    private static final TypeReference<List<TranscriptLine>> TRANSCRIPT = new TypeReference<>() {
    };
    private static final String INSERT_SUBMISSION = "INSERT INTO forms_submission (" + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_OUTBOX = "INSERT INTO forms_outbox (submission_id, attempts, "
            + "next_attempt_at) VALUES (?, 0, ?)";

    private final DataSource dataSource;
    private final Clock clock;
    private final TimeOrderedIds ids;
    private final GroupCommit<Filing, StoredSubmission> commits;

    public JdbcSubmissionStore(DataSource dataSource, Clock clock) {
        this(dataSource, clock, DEFAULT_BATCH, DEFAULT_WRITERS);
    }

    /**
     * @param maxBatch   the most submissions stored in one transaction (1: each on its own)
     * @param maxWriters the most transactions (and pooled connections) storing submissions at once
     */
    public JdbcSubmissionStore(DataSource dataSource, Clock clock, int maxBatch, int maxWriters) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.ids = new TimeOrderedIds(clock);
        this.commits = new GroupCommit<>(this::storeBatch, maxBatch, maxWriters);
    }

    /** A submission to store, with its transcript already as the column's JSON (null when none). */
    private record Filing(StoredSubmission submission, String transcript) {
        String key() {
            return submission.formId() + '\n' + submission.idempotencyKey();
        }
    }

    @Override
    public StoredSubmission store(NewSubmission filed) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        StoredSubmission submission = new StoredSubmission(ids.next(), filed.formId(), filed.formVersion(),
                filed.channel(), filed.idempotencyKey(), filed.data(), sha256(filed.data()), now, true,
                filed.representation(), filed.transcript(), filed.owner());
        return commits.submit(new Filing(submission, filed.transcript().isEmpty() ? null : json(filed.transcript())));
    }

    /** Submissions waiting to be stored or being stored now, for tests that line them up. */
    int queued() {
        return commits.queued();
    }

    /**
     * Stores a batch in one transaction; the same form and key twice is stored once. Falls back to one
     * transaction per submission when the batch as a whole fails.
     */
    private void storeBatch(List<GroupCommit.Slot<Filing, StoredSubmission>> batch) {
        Map<String, Filing> first = new LinkedHashMap<>();
        for (GroupCommit.Slot<Filing, StoredSubmission> slot : batch) {
            first.putIfAbsent(slot.item().key(), slot.item());
        }
        try (Connection c = dataSource.getConnection()) {
            if (insertAll(c, first.values())) {
                for (GroupCommit.Slot<Filing, StoredSubmission> slot : batch) {
                    Filing stored = first.get(slot.item().key());
                    if (stored == slot.item()) {
                        slot.succeed(stored.submission());
                    } else {
                        settle(slot, () -> earlier(slot.item().submission(), Optional.of(stored.submission())));
                    }
                }
                return;
            }
            for (GroupCommit.Slot<Filing, StoredSubmission> slot : batch) {
                settle(slot, () -> storeAlone(c, slot.item()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store submissions (a batch of " + batch.size() + ")", e);
        }
    }

    /** A step that yields a slot's outcome and may fail for that slot alone. */
    @FunctionalInterface
    private interface Outcome {
        StoredSubmission get() throws SQLException;
    }

    private static void settle(GroupCommit.Slot<Filing, StoredSubmission> slot, Outcome outcome) {
        try {
            slot.succeed(outcome.get());
        } catch (RuntimeException e) {
            slot.fail(e);
        } catch (SQLException e) {
            slot.fail(new IllegalStateException("Could not store a submission of form "
                    + slot.item().submission().formId(), e));
        }
    }

    /** Inserts all rows in one transaction; {@code false}, rolled back, when the database refused any. */
    private static boolean insertAll(Connection c, Collection<Filing> filings) throws SQLException {
        c.setAutoCommit(false);
        try {
            insert(c, filings);
            c.commit();
            return true;
        } catch (SQLException e) {
            c.rollback();
            if (filings.size() == 1 && !uniqueViolation(e)) {
                throw e;
            }
            return false;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** One submission in a transaction of its own: stored, or the one stored earlier with its key. */
    private StoredSubmission storeAlone(Connection c, Filing filing) throws SQLException {
        StoredSubmission submission = filing.submission();
        c.setAutoCommit(false);
        try {
            insert(c, List.of(filing));
            c.commit();
            return submission;
        } catch (SQLException e) {
            c.rollback();
            if (!uniqueViolation(e)) {
                throw e;
            }
        } finally {
            c.setAutoCommit(true);
        }
        return earlier(submission, find(c, submission.formId(), submission.idempotencyKey()));
    }

    /** The submission stored earlier with the same key, for a retry; a conflict when its data differ. */
    private static StoredSubmission earlier(StoredSubmission retry, Optional<StoredSubmission> stored) {
        StoredSubmission earlier = stored.orElseThrow(() ->
                new IllegalStateException("Submission with key " + retry.idempotencyKey() + " vanished"));
        if (!earlier.dataSha256().equals(retry.dataSha256())) {
            throw new LoketException(ProblemType.CONFLICT, Message.of(JdbcDraftStore.BUNDLE, "submission.key-reused"));
        }
        return earlier.created() ? new StoredSubmission(earlier.id(), earlier.formId(), earlier.formVersion(),
                earlier.channel(), earlier.idempotencyKey(), earlier.data(), earlier.dataSha256(), earlier.submittedAt(),
                false, earlier.representation(), earlier.transcript(), earlier.owner()) : earlier;
    }

    /** Whether the database refused a row for its key; a batch's failure may carry that in the next exception. */
    private static boolean uniqueViolation(SQLException e) {
        for (SQLException cause = e; cause != null; cause = cause.getNextException()) {
            if (UNIQUE_VIOLATION.equals(cause.getSQLState())) {
                return true;
            }
            if (cause.getNextException() == cause) {
                break;
            }
        }
        return false;
    }

    @Override
    public Optional<StoredSubmission> find(String formId, String idempotencyKey) {
        try (Connection c = dataSource.getConnection()) {
            return find(c, formId, idempotencyKey);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read a submission of form " + formId, e);
        }
    }

    /** Both tables' rows of a batch, each table in one batched statement (one round trip each). */
    private static void insert(Connection c, Collection<Filing> filings) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(INSERT_SUBMISSION);
             PreparedStatement outbox = c.prepareStatement(INSERT_OUTBOX)) {
            for (Filing filing : filings) {
                StoredSubmission s = filing.submission();
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
                insert.setString(14, filing.transcript());
                insert.setString(15, s.owner().orElse(null));
                insert.addBatch();
                outbox.setObject(1, s.id());
                outbox.setObject(2, s.submittedAt().atOffset(ZoneOffset.UTC));
                outbox.addBatch();
            }
            insert.executeBatch();
            outbox.executeBatch();
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
                transcript(row), Optional.ofNullable(row.getString("owner")));
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
