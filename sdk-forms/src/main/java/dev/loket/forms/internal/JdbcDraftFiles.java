package dev.loket.forms.internal;

import dev.loket.forms.draft.DraftFiles;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/** Draft files in the {@code forms_file} table; the same SQL runs on H2 and PostgreSQL. */
public final class JdbcDraftFiles implements DraftFiles {

    private final DataSource dataSource;
    private final Clock clock;

    public JdbcDraftFiles(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public Added add(UUID draftId, String name, String mediaType, byte[] content) {
        Added added = new Added(UUID.randomUUID(), name, mediaType, content.length, JdbcSubmissionStore.sha256(content));
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO forms_file (id, draft_id, name, media_type, "
                     + "size, sha256, content, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, added.id());
            insert.setObject(2, draftId);
            insert.setString(3, name);
            insert.setString(4, mediaType);
            insert.setLong(5, content.length);
            insert.setString(6, added.sha256());
            insert.setBytes(7, content);
            insert.setObject(8, clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
            return added;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store a file of draft " + draftId, e);
        }
    }

    @Override
    public int count(UUID draftId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement(
                     "SELECT COUNT(*) FROM forms_file WHERE draft_id = ? AND submission_id IS NULL")) {
            select.setObject(1, draftId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the files of draft " + draftId, e);
        }
    }

    @Override
    public void remove(UUID draftId, UUID fileId) {
        update("DELETE FROM forms_file WHERE id = ? AND draft_id = ? AND submission_id IS NULL", fileId, draftId);
    }

    @Override
    public Optional<byte[]> content(UUID fileId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT content FROM forms_file WHERE id = ?")) {
            select.setObject(1, fileId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read file " + fileId, e);
        }
    }

    @Override
    public void attach(UUID draftId, UUID submissionId) {
        update("UPDATE forms_file SET submission_id = ? WHERE draft_id = ? AND submission_id IS NULL", submissionId, draftId);
    }

    private void update(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not change the files of a draft", e);
        }
    }
}
