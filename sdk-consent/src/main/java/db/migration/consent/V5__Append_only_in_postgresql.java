package db.migration.consent;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes PostgreSQL itself refuse to change the consent records and the processing log: triggers
 * refuse every UPDATE and TRUNCATE, and every DELETE except the retention purge's. The purge says
 * so with the transaction-local setting {@code loket.consent.purge = on}, and for a consent event
 * it must first have written the event's entry in {@code consent_event_purged}; so a stray
 * {@code DELETE} in application code fails, and even the purge cannot remove an event unseen.
 * Only a superuser (or the tables' owner, by disabling the triggers) gets past this, which is why
 * the application should not run as either in production.
 *
 * <p>A Java migration because the same SQL must run on H2, which has no PL/pgSQL: on other
 * databases this migration does nothing (H2 is for development; docs/consent.md says so). The
 * package follows Flyway's rule that a Java migration lives in its location's package.
 */
public class V5__Append_only_in_postgresql extends BaseJavaMigration {

    private static final String[] POSTGRESQL = {
            """
            CREATE FUNCTION consent_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'DELETE' AND current_setting('loket.consent.purge', true) = 'on' THEN
                    RETURN OLD;
                END IF;
                RAISE EXCEPTION '% is append-only: % is refused (only the retention purge deletes)', TG_TABLE_NAME, TG_OP
                    USING ERRCODE = 'insufficient_privilege';
            END
            $$""",
            """
            CREATE FUNCTION consent_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'DELETE' AND current_setting('loket.consent.purge', true) = 'on' THEN
                    IF NOT EXISTS (SELECT 1 FROM consent_event_purged p WHERE p.event_id = OLD.id AND p.hash = OLD.hash) THEN
                        RAISE EXCEPTION 'consent_event % may only be purged after its entry in consent_event_purged', OLD.id
                            USING ERRCODE = 'insufficient_privilege';
                    END IF;
                    RETURN OLD;
                END IF;
                RAISE EXCEPTION '% is append-only: % is refused (only the retention purge deletes)', TG_TABLE_NAME, TG_OP
                    USING ERRCODE = 'insufficient_privilege';
            END
            $$""",
            """
            CREATE FUNCTION consent_refuse_always() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION '% is append-only: % is refused', TG_TABLE_NAME, TG_OP
                    USING ERRCODE = 'insufficient_privilege';
            END
            $$""",
            "CREATE TRIGGER consent_event_append_only BEFORE UPDATE OR DELETE ON consent_event "
                    + "FOR EACH ROW EXECUTE FUNCTION consent_event_refuse_change()",
            "CREATE TRIGGER consent_event_no_truncate BEFORE TRUNCATE ON consent_event "
                    + "FOR EACH STATEMENT EXECUTE FUNCTION consent_refuse_change()",
            "CREATE TRIGGER consent_processing_log_append_only BEFORE UPDATE OR DELETE ON consent_processing_log "
                    + "FOR EACH ROW EXECUTE FUNCTION consent_refuse_change()",
            "CREATE TRIGGER consent_processing_log_no_truncate BEFORE TRUNCATE ON consent_processing_log "
                    + "FOR EACH STATEMENT EXECUTE FUNCTION consent_refuse_change()",
            "CREATE TRIGGER consent_event_purged_append_only BEFORE UPDATE OR DELETE ON consent_event_purged "
                    + "FOR EACH ROW EXECUTE FUNCTION consent_refuse_always()",
            "CREATE TRIGGER consent_event_purged_no_truncate BEFORE TRUNCATE ON consent_event_purged "
                    + "FOR EACH STATEMENT EXECUTE FUNCTION consent_refuse_always()"
    };

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            for (String sql : POSTGRESQL) {
                statement.execute(sql);
            }
        }
    }
}
