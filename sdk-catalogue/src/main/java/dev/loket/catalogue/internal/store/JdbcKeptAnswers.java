package dev.loket.catalogue.internal.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.loket.catalogue.eligibility.KeptAnswers;
import dev.loket.core.Json;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** {@link KeptAnswers} in {@code catalogue_kept_answers}: one row per subject, its answers as a JSON object. */
public final class JdbcKeptAnswers implements KeptAnswers {

    private static final TypeReference<TreeMap<String, String>> ANSWERS = new TypeReference<>() {
    };
    /** SQLSTATE of a unique-key violation, the same on H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;
    private final Clock clock;

    public JdbcKeptAnswers(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void put(String subject, Map<String, String> answers) {
        String json = write(answers);
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        try (Connection c = dataSource.getConnection()) {
            if (update(c, subject, json, now) == 0) {
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO catalogue_kept_answers (subject, answers, kept_at) VALUES (?, ?, ?)")) {
                    insert.setString(1, subject);
                    insert.setString(2, json);
                    insert.setObject(3, now);
                    insert.executeUpdate();
                } catch (SQLException e) {
                    // Two requests of the same person at once: the other inserted first; this one is newer.
                    if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                        throw e;
                    }
                    update(c, subject, json, now);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not keep a person's answers", e);
        }
    }

    @Override
    public Optional<Map<String, String>> get(String subject) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT answers FROM catalogue_kept_answers WHERE subject = ?")) {
            select.setString(1, subject);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(read(row.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read a person's kept answers", e);
        }
    }

    @Override
    public boolean delete(String subject) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement delete = c.prepareStatement("DELETE FROM catalogue_kept_answers WHERE subject = ?")) {
            delete.setString(1, subject);
            return delete.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not delete a person's kept answers", e);
        }
    }

    @Override
    public int deleteKeptBefore(Instant moment) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement delete = c.prepareStatement("DELETE FROM catalogue_kept_answers WHERE kept_at < ?")) {
            delete.setObject(1, OffsetDateTime.ofInstant(moment, ZoneOffset.UTC));
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not delete kept answers past their retention", e);
        }
    }

    private static int update(Connection c, String subject, String json, OffsetDateTime now) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE catalogue_kept_answers SET answers = ?, kept_at = ? WHERE subject = ?")) {
            update.setString(1, json);
            update.setObject(2, now);
            update.setString(3, subject);
            return update.executeUpdate();
        }
    }

    private static String write(Map<String, String> answers) {
        try {
            return Json.mapper().writeValueAsString(new TreeMap<>(answers));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Answers that do not write as JSON", e);
        }
    }

    private static Map<String, String> read(String json) {
        try {
            return Json.mapper().readValue(json, ANSWERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Kept answers that do not read as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
