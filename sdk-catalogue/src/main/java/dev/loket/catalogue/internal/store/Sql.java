package dev.loket.catalogue.internal.store;

import dev.loket.catalogue.Product;
import dev.loket.catalogue.internal.json.CatalogueJson;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** The SQL the store and its imports share. */
final class Sql {

    static final String INSERT = "INSERT INTO catalogue_product (id, owner, authority, upl_uri, spatial_code, "
            + "last_modified, document) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private Sql() {
    }

    static void bind(PreparedStatement insert, Product product) throws SQLException {
        insert.setString(1, product.id().toString());
        insert.setString(2, product.owner());
        insert.setString(3, product.competentAuthority().id());
        insert.setString(4, product.upl().map(upl -> upl.uri().toString()).orElse(null));
        insert.setString(5, product.spatialScope().code());
        insert.setObject(6, java.time.OffsetDateTime.ofInstant(product.lastModified(), java.time.ZoneOffset.UTC));
        insert.setString(7, CatalogueJson.write(product));
    }

    static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }
}
