package dev.loket.catalogue.internal.store;

import dev.loket.catalogue.CatalogueProblems;
import dev.loket.catalogue.Product;
import dev.loket.catalogue.store.FeedSequence;
import dev.loket.catalogue.store.ImportReport;
import dev.loket.catalogue.store.ImportScope;
import dev.loket.catalogue.store.ProductChange;
import dev.loket.catalogue.store.ProductImport;
import dev.loket.catalogue.store.Rejection;
import dev.loket.core.LoketException;
import dev.loket.core.Message;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One import on one connection in one transaction. Products are written in batches as they come,
 * so a reader can stream 200,000 products without holding them; only their ids are kept, to find
 * repeats and, for an agency's feed, the agency's products that the feed no longer has.
 */
final class JdbcProductImport implements ProductImport {

    private record Pending(int record, Product product) {
    }

    private final Connection connection;
    private final ImportScope scope;
    private final Consumer<ProductChange> committed;
    private final Set<URI> seen = new HashSet<>();
    private final Set<URI> written = new HashSet<>();
    private final List<Pending> pending = new ArrayList<>(JdbcCatalogueStore.BATCH);
    private final List<Rejection> rejected = new ArrayList<>();
    private int records;
    private boolean done;

    JdbcProductImport(Connection connection, ImportScope scope, Consumer<ProductChange> committed) throws SQLException {
        this.connection = connection;
        this.scope = scope;
        this.committed = committed;
        connection.setAutoCommit(false);
    }

    @Override
    public void claimFeedSequence(FeedSequence feed) {
        requireOpen();
        try {
            // FOR UPDATE: a second import of the same publisher waits here until this one ends, then sees its sequence.
            OptionalLong last = OptionalLong.empty();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT sequence FROM catalogue_feed_sequence WHERE publisher = ? FOR UPDATE")) {
                select.setString(1, feed.publisher());
                try (ResultSet row = select.executeQuery()) {
                    if (row.next()) {
                        last = OptionalLong.of(row.getLong(1));
                    }
                }
            }
            if (last.isPresent() && feed.sequence() <= last.getAsLong()) {
                throw replayed(feed, last.getAsLong());
            }
            String sql = last.isPresent()
                    ? "UPDATE catalogue_feed_sequence SET sequence = ?, issued_at = ?, accepted_at = ? WHERE publisher = ?"
                    : "INSERT INTO catalogue_feed_sequence (sequence, issued_at, accepted_at, publisher) VALUES (?, ?, ?, ?)";
            try (PreparedStatement write = connection.prepareStatement(sql)) {
                write.setLong(1, feed.sequence());
                write.setObject(2, OffsetDateTime.ofInstant(feed.issuedAt(), ZoneOffset.UTC));
                write.setObject(3, OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
                write.setString(4, feed.publisher());
                write.executeUpdate();
            }
        } catch (SQLException e) {
            if (JdbcCatalogueStore.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                // Another instance took this publisher's first feed at the same moment and committed first.
                throw replayed(feed, feed.sequence());
            }
            throw new IllegalStateException("Could not check the sequence of the feed of " + feed.publisher(), e);
        }
    }

    private static LoketException replayed(FeedSequence feed, long last) {
        return new LoketException(CatalogueProblems.STALE_FEED, Message.of(CatalogueProblems.BUNDLE, "catalogue.feed-replayed",
                feed.publisher(), String.valueOf(feed.sequence()), String.valueOf(last)));
    }

    @Override
    public boolean add(Product product) {
        requireOpen();
        int record = ++records;
        if (scope.agency().isPresent() && !product.isOwnedBy(scope.agency().get())) {
            rejected.add(Rejection.of(record, product.id().toString(), "The product's owner is " + product.owner()
                    + ", not " + scope.agency().get() + ": an agency's feed holds only its own products"));
            return false;
        }
        if (!seen.add(product.id())) {
            rejected.add(Rejection.of(record, product.id().toString(), "The id appears earlier in the same import"));
            return false;
        }
        pending.add(new Pending(record, product));
        if (pending.size() == JdbcCatalogueStore.BATCH) {
            flush();
        }
        return true;
    }

    @Override
    public void reject(Rejection rejection) {
        requireOpen();
        records++;
        rejected.add(rejection);
    }

    @Override
    public ImportReport commit() {
        requireOpen();
        try {
            flush();
            Set<URI> removed = scope.agency().isPresent() ? removeWhatTheFeedNoLongerHas(scope.agency().get()) : Set.of();
            connection.commit();
            done = true;
            committed.accept(new ProductChange(scope.actor(), written, removed));
            rejected.sort(java.util.Comparator.comparingInt(Rejection::record));
            return new ImportReport(written.size(), removed.size(), rejected);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not commit the import; nothing was imported", e);
        }
    }

    @Override
    public void close() {
        if (done) {
            closeConnection();
            return;
        }
        done = true;
        try {
            connection.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not roll back an import", e);
        } finally {
            closeConnection();
        }
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        try {
            Map<String, String> owners = existingOwners();
            List<Pending> accepted = new ArrayList<>(pending.size());
            List<String> replaced = new ArrayList<>();
            for (Pending entry : pending) {
                String id = entry.product().id().toString();
                String owner = owners.get(id);
                if (owner != null && scope.agency().isPresent() && !owner.equals(scope.agency().get())) {
                    rejected.add(Rejection.of(entry.record(), id, "A product with this id belongs to " + owner));
                    continue;
                }
                if (owner != null) {
                    replaced.add(id);
                }
                accepted.add(entry);
            }
            delete(replaced);
            try (PreparedStatement insert = connection.prepareStatement(Sql.INSERT)) {
                for (Pending entry : accepted) {
                    Sql.bind(insert, entry.product());
                    insert.addBatch();
                    written.add(entry.product().id());
                }
                insert.executeBatch();
            }
            pending.clear();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write a batch of the import", e);
        }
    }

    private Map<String, String> existingOwners() throws SQLException {
        Map<String, String> owners = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, owner FROM catalogue_product WHERE id IN ("
                + Sql.placeholders(pending.size()) + ")")) {
            for (int i = 0; i < pending.size(); i++) {
                select.setString(i + 1, pending.get(i).product().id().toString());
            }
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    owners.put(row.getString(1), row.getString(2));
                }
            }
        }
        return owners;
    }

    private Set<URI> removeWhatTheFeedNoLongerHas(String agency) throws SQLException {
        List<String> gone = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM catalogue_product WHERE owner = ?")) {
            select.setString(1, agency);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    if (!seen.contains(URI.create(row.getString(1)))) {
                        gone.add(row.getString(1));
                    }
                }
            }
        }
        delete(gone);
        Set<URI> removed = new HashSet<>();
        gone.forEach(id -> removed.add(URI.create(id)));
        return removed;
    }

    private void delete(List<String> ids) throws SQLException {
        for (int from = 0; from < ids.size(); from += JdbcCatalogueStore.BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + JdbcCatalogueStore.BATCH));
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM catalogue_product WHERE id IN ("
                    + Sql.placeholders(batch.size()) + ")")) {
                for (int i = 0; i < batch.size(); i++) {
                    delete.setString(i + 1, batch.get(i));
                }
                delete.executeUpdate();
            }
        }
    }

    private void requireOpen() {
        if (done) {
            throw new IllegalStateException("This import is finished");
        }
    }

    private void closeConnection() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not close an import's connection", e);
        }
    }
}
