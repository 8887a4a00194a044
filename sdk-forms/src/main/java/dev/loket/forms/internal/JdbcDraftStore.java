package dev.loket.forms.internal;

import dev.loket.core.Channel;
import dev.loket.core.LoketException;
import dev.loket.core.Message;
import dev.loket.core.ProblemType;
import dev.loket.forms.draft.Draft;
import dev.loket.forms.draft.DraftStore;

import javax.sql.DataSource;
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
import java.util.Optional;
import java.util.UUID;

/** Drafts in the {@code forms_draft} table; the same SQL runs on H2 and PostgreSQL. */
public final class JdbcDraftStore implements DraftStore {

    static final String BUNDLE = "dev.loket.forms.messages";

    private static final String COLUMNS =
            "id, form_id, form_version, channel, data, revision, created_at, updated_at, expires_at";

    private final DataSource dataSource;
    private final Clock clock;
    private final Duration lifetime;

    public JdbcDraftStore(DataSource dataSource, Clock clock, Duration lifetime) {
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("A draft's lifetime must be positive, not " + lifetime);
        }
        this.dataSource = dataSource;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    @Override
    public Draft start(String formId, String formVersion, Channel channel, String data) {
        Instant now = now();
        Draft draft = new Draft(UUID.randomUUID(), formId, formVersion, channel, data, 1, now, now, now.plus(lifetime));
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO forms_draft (" + COLUMNS
                     + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, draft.id());
            insert.setString(2, formId);
            insert.setString(3, formVersion);
            insert.setString(4, channel.name());
            insert.setString(5, data);
            insert.setLong(6, draft.revision());
            insert.setObject(7, utc(now));
            insert.setObject(8, utc(now));
            insert.setObject(9, utc(draft.expiresAt()));
            insert.executeUpdate();
            return draft;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store a new draft of form " + formId, e);
        }
    }

    @Override
    public Optional<Draft> find(UUID id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement(
                     "SELECT " + COLUMNS + " FROM forms_draft WHERE id = ? AND expires_at > ?")) {
            select.setObject(1, id);
            select.setObject(2, utc(now()));
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(read(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read draft " + id, e);
        }
    }

    @Override
    public Draft save(UUID id, long expectedRevision, Channel channel, String data) {
        Instant now = now();
        try (Connection c = dataSource.getConnection();
             PreparedStatement update = c.prepareStatement("UPDATE forms_draft SET data = ?, channel = ?, "
                     + "revision = revision + 1, updated_at = ?, expires_at = ? "
                     + "WHERE id = ? AND revision = ? AND expires_at > ?")) {
            update.setString(1, data);
            update.setString(2, channel.name());
            update.setObject(3, utc(now));
            update.setObject(4, utc(now.plus(lifetime)));
            update.setObject(5, id);
            update.setLong(6, expectedRevision);
            update.setObject(7, utc(now));
            if (update.executeUpdate() == 1) {
                return find(id).orElseThrow(() -> gone());
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
    public int purgeExpired() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement delete = c.prepareStatement("DELETE FROM forms_draft WHERE expires_at <= ?")) {
            delete.setObject(1, utc(now()));
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not purge expired drafts", e);
        }
    }

    private static Draft read(ResultSet row) throws SQLException {
        return new Draft(row.getObject("id", UUID.class), row.getString("form_id"), row.getString("form_version"),
                Channel.valueOf(row.getString("channel")), row.getString("data"), row.getLong("revision"),
                instant(row, "created_at"), instant(row, "updated_at"), instant(row, "expires_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static LoketException gone() {
        return new LoketException(ProblemType.NOT_FOUND, Message.of(BUNDLE, "draft.not-found"));
    }

    /** Both databases keep microseconds; rounding here makes what we return equal what we stored. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
