package dev.loket.portal;

import dev.loket.core.persistence.SchemaMigrations;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

import javax.sql.DataSource;

/**
 * Creates or updates the database of every Loket module when the portal starts, before it serves
 * its first request. A failing migration fails the start: better no portal than one that loses data.
 */
@ApplicationScoped
public class SchemaSetup {

    @Resource(lookup = "jdbc/loket")
    private DataSource dataSource;

    void migrate(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        SchemaMigrations.migrateAll(dataSource);
    }
}
