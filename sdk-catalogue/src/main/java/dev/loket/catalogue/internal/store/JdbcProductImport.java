package dev.loket.catalogue.internal.store;

import dev.loket.catalogue.Product;
import dev.loket.catalogue.store.ImportReport;
import dev.loket.catalogue.store.ImportScope;
import dev.loket.catalogue.store.ProductChange;
import dev.loket.catalogue.store.ProductImport;
import dev.loket.catalogue.store.Rejection;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
