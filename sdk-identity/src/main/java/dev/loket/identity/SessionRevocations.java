package dev.loket.identity;

import dev.loket.identity.internal.JdbcSessionRevocations;
import dev.loket.identity.internal.MemorySessionRevocations;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Sessions that ended before their sealed cookie did. A session cookie is valid by itself until it
 * expires, so logout alone would leave a copied cookie working; every session therefore carries an
 * id, logout revokes that id here, and every request checks it. Shared by all instances when kept in
 * the database ({@link #inDatabase}); an application produces one as a CDI bean, else sdk-identity
 * keeps them in memory (one instance only) and says so in the log.
 */
public interface SessionRevocations {

    /** Ends the session {@code sessionId}; {@code until} is when its cookie would have expired anyway. */
    void revoke(String sessionId, Instant until);

    /** True when the session was revoked (or when that cannot be checked now: a session is then refused). */
    boolean revoked(String sessionId);

    /** Revocations in this instance's memory: for tests and single-instance development. */
    static SessionRevocations inMemory(Clock clock) {
        return new MemorySessionRevocations(clock);
    }

    /**
     * Revocations in the table {@code identity_revoked_session} (migrated with sdk-identity's
     * {@code ModuleSchema}), seen by every instance on the database. A session found not revoked is
     * believed for {@code checkAgainAfter} before the database is asked again, so a logout on one
     * instance reaches the others within that time (immediately on the instance itself); expired
     * rows are deleted as new ones are written.
     */
    static SessionRevocations inDatabase(DataSource dataSource, Clock clock, Duration checkAgainAfter) {
        return new JdbcSessionRevocations(dataSource, clock, checkAgainAfter);
    }
}
