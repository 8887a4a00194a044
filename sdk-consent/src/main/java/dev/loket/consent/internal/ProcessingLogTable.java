package dev.loket.consent.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.loket.consent.LegalBasis;
import dev.loket.consent.log.ForeignOperation;
import dev.loket.consent.log.ProcessingEntry;
import dev.loket.consent.log.ProcessingStatus;
import dev.loket.core.Json;
import dev.loket.identity.Representation;

import javax.sql.DataSource;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rows of {@code consent_processing_log}: inserted in JDBC batches, read per subject. Deleting
 * is {@link Purging}'s job, never this class's.
 */
public final class ProcessingLogTable {

    static final String COLUMNS = "trace_id, span_id, parent_span_id, foreign_trace_id, foreign_span_id, foreign_entity, "
            + "activity, controller, purpose_id, legal_basis, data_categories, subject, subject_id_type, actor, actor_role, "
            + "mandate, actor_place, started_at, ended_at, status, resource_name";
    private static final String INSERT = "INSERT INTO consent_processing_log (" + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;

    public ProcessingLogTable(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Inserts the entries in one transaction. An entry that is already there (a batch whose commit
     * succeeded but whose answer was lost, then tried again) is skipped, so a retry never doubles one.
     */
    public void insert(List<ProcessingEntry> entries) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement insert = c.prepareStatement(INSERT)) {
                    for (ProcessingEntry entry : entries) {
                        bind(insert, entry);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                if (!isUniqueViolation(e)) {
                    throw e;
                }
                insertOneByOne(c, entries);
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private static void insertOneByOne(Connection c, List<ProcessingEntry> entries) throws SQLException {
        for (ProcessingEntry entry : entries) {
            try (PreparedStatement insert = c.prepareStatement(INSERT)) {
                bind(insert, entry);
                insert.executeUpdate();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                if (!isUniqueViolation(e)) {
                    throw e;
                }
            }
        }
    }

    private static boolean isUniqueViolation(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Every entry about {@code subject}, oldest first. */
    public List<ProcessingEntry> about(String subject) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS
                     + " FROM consent_processing_log WHERE subject = ? ORDER BY started_at, span_id")) {
            select.setString(1, subject);
            List<ProcessingEntry> entries = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    entries.add(read(row));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the processing log of a subject", e);
        }
    }

    private static void bind(PreparedStatement insert, ProcessingEntry e) throws SQLException {
        insert.setString(1, e.traceId());
        insert.setString(2, e.spanId());
        insert.setString(3, e.parentSpanId().orElse(null));
        insert.setString(4, e.foreignOperation().map(ForeignOperation::traceId).orElse(null));
        insert.setString(5, e.foreignOperation().map(ForeignOperation::spanId).orElse(null));
        insert.setString(6, e.foreignOperation().map(f -> f.entity().toString()).orElse(null));
        insert.setString(7, e.activity());
        insert.setString(8, e.controller());
        insert.setString(9, e.purposeId());
        insert.setString(10, e.basis().name());
        insert.setString(11, json(e.dataCategories()));
        insert.setString(12, e.subject());
        insert.setString(13, e.subjectIdType());
        insert.setString(14, e.representation().map(Representation::actor).orElse(null));
        insert.setString(15, e.representation().map(Representation::role).orElse(null));
        insert.setString(16, e.representation().map(Representation::mandate).orElse(null));
        insert.setString(17, e.representation().flatMap(Representation::place).orElse(null));
        insert.setObject(18, e.startTime().atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
        insert.setObject(19, e.endTime().atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
        insert.setString(20, e.status().name());
        insert.setString(21, e.resource());
    }

    static ProcessingEntry read(ResultSet row) throws SQLException {
        String subject = row.getString("subject");
        String actor = row.getString("actor");
        Optional<Representation> by = actor == null ? Optional.empty()
                : Optional.of(new Representation(actor, row.getString("actor_role"), subject, row.getString("mandate"),
                Optional.ofNullable(row.getString("actor_place"))));
        String foreignTrace = row.getString("foreign_trace_id");
        Optional<ForeignOperation> foreign = foreignTrace == null ? Optional.empty()
                : Optional.of(new ForeignOperation(foreignTrace, row.getString("foreign_span_id"),
                URI.create(row.getString("foreign_entity"))));
        return new ProcessingEntry(row.getString("trace_id"), row.getString("span_id"),
                Optional.ofNullable(row.getString("parent_span_id")), foreign, row.getString("activity"),
                row.getString("controller"), row.getString("purpose_id"), LegalBasis.valueOf(row.getString("legal_basis")),
                categories(row.getString("data_categories")), subject, row.getString("subject_id_type"), by,
                row.getObject("started_at", OffsetDateTime.class).toInstant(),
                row.getObject("ended_at", OffsetDateTime.class).toInstant(),
                ProcessingStatus.valueOf(row.getString("status")), row.getString("resource_name"));
    }

    static String json(Set<String> categories) {
        try {
            return Json.mapper().writeValueAsString(new TreeSet<>(categories));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Categories could not be written as JSON", e);
        }
    }

    static Set<String> categories(String json) {
        try {
            return Set.copyOf(Json.mapper().readValue(json, new TypeReference<List<String>>() { }));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored data categories are not a JSON list: " + json, e);
        }
    }
}
