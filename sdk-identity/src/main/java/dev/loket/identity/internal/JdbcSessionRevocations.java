package dev.loket.identity.internal;

import dev.loket.core.LoketException;
import dev.loket.core.Message;
import dev.loket.core.ProblemType;
import dev.loket.identity.SessionRevocations;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Revoked sessions in {@code identity_revoked_session}, shared by every instance. Each request asks
 * whether its session was revoked; to keep that off the database for most requests, an answer "not
 * revoked" is believed for a short while, and "revoked" for good. When the database cannot answer,
 * the session is refused: a logout must not be undone by an outage.
 */
public final class JdbcSessionRevocations implements SessionRevocations {

    private static final Logger LOG = Logger.getLogger(JdbcSessionRevocations.class.getName());
    private static final int MAX_REMEMBERED = 50_000;
    private static final Duration PURGE_INTERVAL = Duration.ofMinutes(1);
    /** During an outage every request fails the check: one warning a minute says enough. */
    private static final Duration WARNING_INTERVAL = Duration.ofMinutes(1);

    private final DataSource dataSource;
    private final Clock clock;
    private final Duration checkAgainAfter;
    /** Per session id: revoked for good (Instant.MAX), or not revoked as of that instant. */
    private final Map<String, Instant> known = new ConcurrentHashMap<>();
    private volatile Instant lastPurge = Instant.MIN;
    private volatile Instant lastWarning = Instant.MIN;

    public JdbcSessionRevocations(DataSource dataSource, Clock clock, Duration checkAgainAfter) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.checkAgainAfter = checkAgainAfter;
    }

    @Override
    public void revoke(String sessionId, Instant until) {
        remember(sessionId, Instant.MAX);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO identity_revoked_session "
                     + "(session_id, revoked_until) SELECT ?, ? WHERE NOT EXISTS "
                     + "(SELECT 1 FROM identity_revoked_session WHERE session_id = ?)")) {
            insert.setString(1, sessionId);
            insert.setObject(2, OffsetDateTime.ofInstant(until, ZoneOffset.UTC));
            insert.setString(3, sessionId);
            insert.executeUpdate();
        } catch (SQLException e) {
            if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) { // 23: revoked at the same moment elsewhere
                LOG.log(Level.WARNING, "A session could not be revoked in the database; the logout is refused", e);
                // Not a 500: the person did nothing wrong, and can try again once the database answers.
                throw new LoketException(ProblemType.UNAVAILABLE, Message.of(Message.CORE_BUNDLE, "problem.unavailable.detail"));
            }
        }
        Instant now = clock.instant();
        if (lastPurge.plus(PURGE_INTERVAL).isBefore(now)) {
            lastPurge = now;
            purgeExpired();
        }
    }

    @Override
    public boolean revoked(String sessionId) {
        Instant now = clock.instant();
        Instant notRevokedAsOf = known.get(sessionId);
        if (notRevokedAsOf != null && (notRevokedAsOf.equals(Instant.MAX) || now.isBefore(notRevokedAsOf.plus(checkAgainAfter)))) {
            return notRevokedAsOf.equals(Instant.MAX);
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT 1 FROM identity_revoked_session WHERE session_id = ?")) {
            select.setString(1, sessionId);
            try (ResultSet row = select.executeQuery()) {
                boolean revoked = row.next();
                remember(sessionId, revoked ? Instant.MAX : now);
                return revoked;
            }
        } catch (SQLException e) {
            if (lastWarning.plus(WARNING_INTERVAL).isBefore(now)) {
                lastWarning = now;
                LOG.log(Level.WARNING, "Whether a session was revoked could not be checked; sessions are refused until it can", e);
            }
            return true;
        }
    }

    /** Deletes the rows of sessions whose cookies have expired anyway; returns how many. */
    public int purgeExpired() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM identity_revoked_session WHERE revoked_until < ?")) {
            delete.setObject(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            int purged = delete.executeUpdate();
            return purged;
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Expired session revocations could not be deleted; the next logout tries again", e);
            return 0;
        }
    }

    private void remember(String sessionId, Instant value) {
        if (known.size() >= MAX_REMEMBERED) {
            known.clear(); // only a cache: every id is read from the table again
        }
        known.put(sessionId, value);
    }
}
