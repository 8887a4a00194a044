package dev.loket.catalogue.internal.store;

import dev.loket.catalogue.CatalogueProblems;
import dev.loket.catalogue.Product;
import dev.loket.catalogue.internal.json.CatalogueJson;
import dev.loket.catalogue.store.CatalogueStore;
import dev.loket.catalogue.store.ImportScope;
import dev.loket.catalogue.store.ProductChange;
import dev.loket.catalogue.store.ProductImport;
import dev.loket.core.LoketException;
import dev.loket.core.Message;

import javax.sql.DataSource;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Products in {@code catalogue_product}, one row per product with its Loket JSON document. Every
 * change checks the owner inside the same transaction that writes, so two agencies racing for one
 * id cannot both win.
 */
public final class JdbcCatalogueStore implements CatalogueStore {

    private static final Logger LOG = Logger.getLogger(JdbcCatalogueStore.class.getName());
    /** SQLSTATE of a unique-key violation, the same on H2 and PostgreSQL. */
    static final String UNIQUE_VIOLATION = "23505";
    static final int BATCH = 500;

    private final DataSource dataSource;
    private final List<Consumer<ProductChange>> listeners = new CopyOnWriteArrayList<>();

    public JdbcCatalogueStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<Product> find(URI id) {
        return query("SELECT document FROM catalogue_product WHERE id = ?", id.toString()).stream().findFirst();
    }

    @Override
    public List<Product> find(Collection<URI> ids) {
        List<URI> all = List.copyOf(ids);
        List<Product> found = new ArrayList<>(all.size());
        for (int from = 0; from < all.size(); from += BATCH) {
            List<URI> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            found.addAll(query("SELECT document FROM catalogue_product WHERE id IN (" + Sql.placeholders(batch.size()) + ")",
                    batch.stream().map(URI::toString).toArray()));
        }
        return found;
    }

    @Override
    public List<Product> ownedBy(String agency) {
        return query("SELECT document FROM catalogue_product WHERE owner = ? ORDER BY id", agency);
    }

    @Override
    public List<Product> withUplName(URI uplUri, String spatialCode) {
        return query("SELECT document FROM catalogue_product WHERE upl_uri = ? AND spatial_code = ? ORDER BY id",
                uplUri.toString(), spatialCode);
    }

    @Override
    public List<Product> list(int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("A page starts at 0 or later and has 0 or more products");
        }
        return query("SELECT document FROM catalogue_product ORDER BY id LIMIT ? OFFSET ?", limit, offset);
    }

    @Override
    public void forEach(Consumer<Product> visitor) {
        try (Connection c = dataSource.getConnection()) {
            // PostgreSQL streams with a cursor only inside a transaction and with a fetch size.
            c.setAutoCommit(false);
            try (PreparedStatement select = c.prepareStatement("SELECT document FROM catalogue_product ORDER BY id")) {
                select.setFetchSize(BATCH);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        visitor.accept(Documents.read(row.getString(1)));
                    }
                }
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the catalogue", e);
        }
    }

    @Override
    public long count() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT COUNT(*) FROM catalogue_product");
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the catalogue's products", e);
        }
    }

    @Override
    public Product create(String agency, Product product) {
        requireOwnProduct(agency, product);
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement(Sql.INSERT)) {
            Sql.bind(insert, product);
            insert.executeUpdate();
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new LoketException(CatalogueProblems.PRODUCT_EXISTS,
                        Message.of(CatalogueProblems.BUNDLE, "catalogue.product-exists", product.id().toString()));
            }
            throw new IllegalStateException("Could not store product " + product.id(), e);
        }
        notify(ProductChange.saved(agency, product.id()));
        return product;
    }

    @Override
    public Product update(String agency, Product product) {
        requireOwnProduct(agency, product);
        inTransaction(c -> {
            requireOwnedBy(c, agency, product.id());
            try (PreparedStatement update = c.prepareStatement("UPDATE catalogue_product SET owner = ?, authority = ?, "
                    + "upl_uri = ?, spatial_code = ?, last_modified = ?, document = ? WHERE id = ?")) {
                update.setString(1, product.owner());
                update.setString(2, product.competentAuthority().id());
                update.setString(3, product.upl().map(upl -> upl.uri().toString()).orElse(null));
                update.setString(4, product.spatialScope().code());
                update.setObject(5, java.time.OffsetDateTime.ofInstant(product.lastModified(), java.time.ZoneOffset.UTC));
                update.setString(6, CatalogueJson.write(product));
                update.setString(7, product.id().toString());
                update.executeUpdate();
            }
        });
        notify(ProductChange.saved(agency, product.id()));
        return product;
    }

    @Override
    public void delete(String agency, URI id) {
        inTransaction(c -> {
            requireOwnedBy(c, agency, id);
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM catalogue_product WHERE id = ?")) {
                delete.setString(1, id.toString());
                delete.executeUpdate();
            }
        });
        notify(ProductChange.removed(agency, id));
    }

    @Override
    public ProductImport startImport(ImportScope scope) {
        try {
            return new JdbcProductImport(dataSource.getConnection(), scope, this::notify);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not start an import", e);
        }
    }

    @Override
    public void onChange(Consumer<ProductChange> listener) {
        listeners.add(listener);
    }

    private void notify(ProductChange change) {
        if (change.isEmpty()) {
            return;
        }
        for (Consumer<ProductChange> listener : listeners) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A catalogue change listener failed; the change itself is committed", e);
            }
        }
    }

    private static void requireOwnProduct(String agency, Product product) {
        if (!product.isOwnedBy(agency)) {
            throw new LoketException(CatalogueProblems.NOT_OWNER, Message.of(CatalogueProblems.BUNDLE,
                    "catalogue.owner-is-not-you", product.id().toString(), agency, product.owner()));
        }
    }

    /** Locks the product's row and checks it belongs to {@code agency}. */
    private static void requireOwnedBy(Connection c, String agency, URI id) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT owner FROM catalogue_product WHERE id = ? FOR UPDATE")) {
            select.setString(1, id.toString());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new LoketException(CatalogueProblems.UNKNOWN_PRODUCT,
                            Message.of(CatalogueProblems.BUNDLE, "catalogue.unknown-product", id.toString()));
                }
                String owner = row.getString(1);
                if (!owner.equals(agency)) {
                    throw new LoketException(CatalogueProblems.NOT_OWNER,
                            Message.of(CatalogueProblems.BUNDLE, "catalogue.not-owner", id.toString(), owner));
                }
            }
        }
    }

    private interface Work {
        void run(Connection connection) throws SQLException;
    }

    private void inTransaction(Work work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                work.run(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not change the catalogue", e);
        }
    }

    private List<Product> query(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            List<Product> products = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    products.add(Documents.read(row.getString(1)));
                }
            }
            return products;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the catalogue", e);
        }
    }
}
