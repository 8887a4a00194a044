package dev.loket.forms.internal;

import dev.loket.core.Channel;
import dev.loket.core.LoketException;
import dev.loket.core.Message;
import dev.loket.core.ProblemType;
import dev.loket.forms.draft.Draft;
import dev.loket.forms.draft.DraftStore;
import dev.loket.forms.draft.ResumableDraft;
import dev.loket.forms.draft.ResumeCode;

import javax.sql.DataSource;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Drafts in the {@code forms_draft} table; the same SQL runs on H2 and PostgreSQL. */
public final class JdbcDraftStore implements DraftStore {

    static final String BUNDLE = "dev.loket.forms.messages";

    /**
     * A machine-made secret of about 49 bits behind a lock after a few wrong tries does not need the
     * 600,000 iterations advised for human passwords; this keeps starting a draft cheap (a few ms)
     * while a stolen table still costs years to brute-force.
     */
    public static final int DEFAULT_SECRET_ITERATIONS = 100_000;
    public static final int DEFAULT_MAX_FAILED_ATTEMPTS = 10;

    private static final String COLUMNS =
            "id, form_id, form_version, channel, data, revision, created_at, updated_at, expires_at, owner, bound";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final int CODE_TRIES = 5;

    private final DataSource dataSource;
    private final Clock clock;
    private final Duration lifetime;
    private final int maxFailedAttempts;
    private final SecureRandom random = new SecureRandom();
    private final DraftSecrets secrets;

    public JdbcDraftStore(DataSource dataSource, Clock clock, Duration lifetime) {
        this(dataSource, clock, lifetime, DEFAULT_SECRET_ITERATIONS, DEFAULT_MAX_FAILED_ATTEMPTS);
    }

    /**
     * @param secretIterations  PBKDF2 iterations for new secrets (existing hashes keep their own count)
     * @param maxFailedAttempts wrong secrets after which a code no longer opens its draft
     */
    public JdbcDraftStore(DataSource dataSource, Clock clock, Duration lifetime, int secretIterations,
                          int maxFailedAttempts) {
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("A draft's lifetime must be positive, not " + lifetime);
        }
        if (maxFailedAttempts < 1) {
            throw new IllegalArgumentException("Allow at least one attempt, not " + maxFailedAttempts);
        }
        this.dataSource = dataSource;
        this.clock = clock;
        this.lifetime = lifetime;
        this.maxFailedAttempts = maxFailedAttempts;
        this.secrets = new DraftSecrets(random, secretIterations);
    }

    @Override
    public Draft start(String formId, String formVersion, Channel channel, String data) {
        return insert(newDraft(formId, formVersion, channel, data, Optional.empty()), null, null);
    }

    @Override
    public Draft startFor(String owner, String formId, String formVersion, Channel channel, String data,
                          String bound) {
        if (owner == null || owner.isBlank()) {
            throw new IllegalArgumentException("A draft's owner is a pseudonym, not blank");
        }
        Instant now = now();
        // A conversation's data is its whole state, not answers: the conversation keeps its bound answers itself.
        String answers = channel == Channel.CONVERSATION ? data : BoundAnswers.keep(data, bound);
        return insert(new Draft(UUID.randomUUID(), formId, formVersion, channel, answers, 1,
                now, now, now.plus(lifetime), Optional.of(owner), bound), null, null);
    }

    @Override
    public ResumableDraft startResumable(String formId, String formVersion, Channel channel, String data) {
        String secret = secrets.newSecret();
        String hash = secrets.hash(secret);
        for (int attempt = 1; ; attempt++) {
            ResumeCode code = ResumeCode.random(random);
            try {
                Draft draft = insert(newDraft(formId, formVersion, channel, data, Optional.empty()), code, hash);
                return new ResumableDraft(draft, code, secret);
            } catch (IllegalStateException e) {
                if (!isCodeCollision(e) || attempt == CODE_TRIES) {
                    throw e;
                }
            }
        }
    }

    @Override
    public ResumableDraft issueResumeCode(UUID id) {
        String secret = secrets.newSecret();
        String hash = secrets.hash(secret);
        for (int attempt = 1; ; attempt++) {
            ResumeCode code = ResumeCode.random(random);
            try {
                int updated = execute("UPDATE forms_draft SET resume_code = ?, secret_hash = ?, failed_attempts = 0 "
                        + "WHERE id = ? AND expires_at > ?", "give draft " + id + " a resume code",
                        code.value(), hash, id, utc(now()));
                if (updated == 0) {
                    throw gone();
                }
                return new ResumableDraft(find(id).orElseThrow(JdbcDraftStore::gone), code, secret);
            } catch (IllegalStateException e) {
                if (!isCodeCollision(e) || attempt == CODE_TRIES) {
                    throw e;
                }
            }
        }
    }

    @Override
    public Draft claim(UUID id, String owner, String bound) {
        if (owner == null || owner.isBlank()) {
            throw new IllegalArgumentException("A draft's owner is a pseudonym, not blank");
        }
        boolean binds = bound != null && !bound.equals(Draft.NOTHING_BOUND);
        int claimed = execute("UPDATE forms_draft SET owner = ?, bound = ? WHERE id = ? AND owner IS NULL AND expires_at > ?",
                "give draft " + id + " its owner", owner, binds ? bound : null, id, utc(now()));
        Draft draft = resumeAsOwner(owner, id);
        // A save puts the bound answers in place at once, over what was typed without login.
        return claimed == 1 && binds ? save(id, draft.revision(), draft.channel(), draft.data()) : draft;
    }

    @Override
    public void delete(UUID id) {
        execute("DELETE FROM forms_draft WHERE id = ?", "delete draft " + id, id);
    }

    @Override
    public Optional<Draft> find(UUID id) {
        return first("SELECT " + COLUMNS + " FROM forms_draft WHERE id = ? AND expires_at > ?", id, utc(now()));
    }

    @Override
    public Draft resume(String typedCode, String secret) {
        Optional<ResumeCode> code = ResumeCode.parse(typedCode);
        if (code.isEmpty() || secret == null) {
            secrets.spendTimeOfACheck(secret == null ? "" : secret);
            throw wrongCodeOrSecret();
        }
        // Take the attempt before checking it: parallel guesses cannot get past the limit.
        try (Connection c = dataSource.getConnection();
             PreparedStatement take = c.prepareStatement("UPDATE forms_draft SET failed_attempts = failed_attempts + 1 "
                     + "WHERE resume_code = ? AND failed_attempts < ? AND expires_at > ?");
             PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + ", secret_hash FROM forms_draft "
                     + "WHERE resume_code = ?");
             PreparedStatement succeed = c.prepareStatement(
                     "UPDATE forms_draft SET failed_attempts = 0 WHERE resume_code = ?")) {
            take.setString(1, code.get().value());
            take.setInt(2, maxFailedAttempts);
            take.setObject(3, utc(now()));
            if (take.executeUpdate() == 0) {
                secrets.spendTimeOfACheck(secret);
                throw wrongCodeOrSecret();
            }
            select.setString(1, code.get().value());
            Draft draft;
            String hash;
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw wrongCodeOrSecret();
                }
                draft = read(row);
                hash = row.getString("secret_hash");
            }
            if (!secrets.matches(secret, hash)) {
                throw wrongCodeOrSecret();
            }
            succeed.setString(1, code.get().value());
            succeed.executeUpdate();
            return draft;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not resume a draft by code", e);
        }
    }

    @Override
    public List<Draft> ownedBy(String owner) {
        return all("SELECT " + COLUMNS + " FROM forms_draft WHERE owner = ? AND expires_at > ? "
                + "ORDER BY updated_at DESC, id", owner, utc(now()));
    }

    @Override
    public Draft resumeAsOwner(String owner, UUID id) {
        return first("SELECT " + COLUMNS + " FROM forms_draft WHERE id = ? AND owner = ? AND expires_at > ?",
                id, owner, utc(now())).orElseThrow(JdbcDraftStore::gone);
    }

    @Override
    public Draft save(UUID id, long expectedRevision, Channel channel, String data) {
        Instant now = now();
        try (Connection c = dataSource.getConnection();
             PreparedStatement bound = c.prepareStatement("SELECT bound FROM forms_draft WHERE id = ?");
             PreparedStatement update = c.prepareStatement("UPDATE forms_draft SET data = ?, channel = ?, "
                     + "revision = revision + 1, updated_at = ?, expires_at = ?, expiry_warned_at = NULL "
                     + "WHERE id = ? AND revision = ? AND expires_at > ?")) {
            update.setString(1, keepBound(bound, id, channel, data));
            update.setString(2, channel.name());
            update.setObject(3, utc(now));
            update.setObject(4, utc(now.plus(lifetime)));
            update.setObject(5, id);
            update.setLong(6, expectedRevision);
            update.setObject(7, utc(now));
            if (update.executeUpdate() == 1) {
                return find(id).orElseThrow(JdbcDraftStore::gone);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not save draft " + id, e);
        }
        // Nothing updated: either the draft is gone, or another save came first.
        if (find(id).isEmpty()) {
            throw gone();
        }
        throw new LoketException(ProblemType.CONFLICT, Message.of(BUNDLE, "draft.conflict"));
    }

    @Override
    public List<Draft> expiringBefore(Instant instant) {
        return all("SELECT " + COLUMNS + " FROM forms_draft WHERE expires_at > ? AND expires_at <= ? "
                + "AND expiry_warned_at IS NULL ORDER BY expires_at, id", utc(now()), utc(instant));
    }

    @Override
    public void markExpiryWarned(UUID id) {
        execute("UPDATE forms_draft SET expiry_warned_at = ? WHERE id = ?", "mark draft " + id + " warned",
                utc(now()), id);
    }

    @Override
    public int purgeExpired() {
        return execute("DELETE FROM forms_draft WHERE expires_at <= ?", "purge expired drafts", utc(now()));
    }

    /**
     * The answers to save, with the answers bound to the owner's login put back. A conversation keeps its
     * whole state in the draft, not only answers; it keeps its bound answers itself (see Dialogue).
     */
    private static String keepBound(PreparedStatement select, UUID id, Channel channel, String data)
            throws SQLException {
        select.setObject(1, id);
        try (ResultSet row = select.executeQuery()) {
            String bound = row.next() ? row.getString("bound") : null;
            return bound == null || channel == Channel.CONVERSATION ? data : BoundAnswers.keep(data, bound);
        }
    }

    private Draft newDraft(String formId, String formVersion, Channel channel, String data, Optional<String> owner) {
        Instant now = now();
        return new Draft(UUID.randomUUID(), formId, formVersion, channel, data, 1, now, now, now.plus(lifetime), owner);
    }

    private Draft insert(Draft draft, ResumeCode code, String secretHash) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO forms_draft (" + COLUMNS
                     + ", resume_code, secret_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, draft.id());
            insert.setString(2, draft.formId());
            insert.setString(3, draft.formVersion());
            insert.setString(4, draft.channel().name());
            insert.setString(5, draft.data());
            insert.setLong(6, draft.revision());
            insert.setObject(7, utc(draft.createdAt()));
            insert.setObject(8, utc(draft.updatedAt()));
            insert.setObject(9, utc(draft.expiresAt()));
            insert.setString(10, draft.owner().orElse(null));
            insert.setString(11, draft.bound().equals(Draft.NOTHING_BOUND) ? null : draft.bound());
            insert.setString(12, code == null ? null : code.value());
            insert.setString(13, secretHash);
            insert.executeUpdate();
            return draft;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store a new draft of form " + draft.formId(), e);
        }
    }

    /** 30^8 codes: a collision is rare, and a new code solves it. */
    private static boolean isCodeCollision(IllegalStateException e) {
        return e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState());
    }

    private Optional<Draft> first(String sql, Object... parameters) {
        List<Draft> drafts = all(sql, parameters);
        return drafts.isEmpty() ? Optional.empty() : Optional.of(drafts.get(0));
    }

    private List<Draft> all(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            bind(select, parameters);
            List<Draft> drafts = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    drafts.add(read(row));
                }
            }
            return drafts;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read drafts", e);
        }
    }

    private int execute(String sql, String what, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not " + what, e);
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }

    private static Draft read(ResultSet row) throws SQLException {
        return new Draft(row.getObject("id", UUID.class), row.getString("form_id"), row.getString("form_version"),
                Channel.valueOf(row.getString("channel")), row.getString("data"), row.getLong("revision"),
                instant(row, "created_at"), instant(row, "updated_at"), instant(row, "expires_at"),
                Optional.ofNullable(row.getString("owner")),
                Optional.ofNullable(row.getString("bound")).orElse(Draft.NOTHING_BOUND));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static LoketException gone() {
        return new LoketException(ProblemType.NOT_FOUND, Message.of(BUNDLE, "draft.not-found"));
    }

    /** One answer for unknown, expired and locked codes and for wrong secrets: nothing to probe. */
    private static LoketException wrongCodeOrSecret() {
        return new LoketException(ProblemType.NOT_FOUND, Message.of(BUNDLE, "draft.resume.not-found"));
    }

    /** Both databases keep microseconds; rounding here makes what we return equal what we stored. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
