package dev.loket.identity.internal;

import dev.loket.core.LoketException;
import dev.loket.core.ProblemType;
import dev.loket.core.persistence.SchemaMigrations;
import dev.loket.core.persistence.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JdbcSessionRevocationsTest {

    private static final Instant NOW = Instant.parse("2026-12-08T10:00:00Z");
    private static final Duration CHECK_AGAIN_AFTER = Duration.ofSeconds(5);

    private static DataSource migrated(TestDatabase database) {
        DataSource dataSource = database.newDatabase();
        SchemaMigrations.migrate(dataSource, new IdentitySchema());
        return dataSource;
    }

    private static int rows(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM identity_revoked_session")) {
            count.next();
            return count.getInt(1);
        }
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void aSessionRevokedOnOneInstanceIsRevokedOnEveryOther(TestDatabase database) {
        DataSource dataSource = migrated(database);
        JwksKeysTest.MutableClock clock = new JwksKeysTest.MutableClock(NOW);
        JdbcSessionRevocations one = new JdbcSessionRevocations(dataSource, clock, CHECK_AGAIN_AFTER);
        JdbcSessionRevocations other = new JdbcSessionRevocations(dataSource, clock, CHECK_AGAIN_AFTER);
        assertThat(other.revoked("session-a")).isFalse();

        one.revoke("session-a", NOW.plus(Duration.ofMinutes(15)));

        assertThat(one.revoked("session-a")).as("at once on the instance that revoked it").isTrue();
        clock.advance(CHECK_AGAIN_AFTER);
        assertThat(other.revoked("session-a")).as("on another instance once its short cache has passed").isTrue();
        assertThat(new JdbcSessionRevocations(dataSource, clock, CHECK_AGAIN_AFTER).revoked("session-a"))
                .as("after a restart").isTrue();
        assertThat(other.revoked("session-b")).isFalse();
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void revokingTwiceIsOneRevocation(TestDatabase database) throws SQLException {
        DataSource dataSource = migrated(database);
        JdbcSessionRevocations revocations = new JdbcSessionRevocations(dataSource, new JwksKeysTest.MutableClock(NOW), CHECK_AGAIN_AFTER);

        revocations.revoke("session-a", NOW.plusSeconds(60));
        revocations.revoke("session-a", NOW.plusSeconds(60));

        assertThat(rows(dataSource)).isEqualTo(1);
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void purgesRevocationsWhoseCookiesHaveExpiredAnyway(TestDatabase database) throws SQLException {
        DataSource dataSource = migrated(database);
        JwksKeysTest.MutableClock clock = new JwksKeysTest.MutableClock(NOW);
        JdbcSessionRevocations revocations = new JdbcSessionRevocations(dataSource, clock, CHECK_AGAIN_AFTER);
        revocations.revoke("ends-soon", NOW.plus(Duration.ofMinutes(1)));
        revocations.revoke("ends-later", NOW.plus(Duration.ofMinutes(30)));

        clock.advance(Duration.ofMinutes(2));
        revocations.revoke("new", NOW.plus(Duration.ofMinutes(30)));

        assertThat(rows(dataSource)).as("the expired row went with the next revocation").isEqualTo(2);
        assertThat(new JdbcSessionRevocations(dataSource, clock, CHECK_AGAIN_AFTER).revoked("ends-later")).isTrue();
        clock.advance(Duration.ofHours(1));
        assertThat(revocations.purgeExpired()).isEqualTo(2);
        assertThat(rows(dataSource)).isZero();
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void refusesTheSessionWhenTheDatabaseCannotSay(TestDatabase database) {
        DataSource withoutTable = database.newDatabase();

        assertThat(new JdbcSessionRevocations(withoutTable, new JwksKeysTest.MutableClock(NOW), CHECK_AGAIN_AFTER)
                .revoked("session-a")).isTrue();
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void aLogoutTheDatabaseCannotKeepIsAnUnavailableServiceNotABug(TestDatabase database) {
        DataSource withoutTable = database.newDatabase();
        JdbcSessionRevocations revocations = new JdbcSessionRevocations(withoutTable, new JwksKeysTest.MutableClock(NOW), CHECK_AGAIN_AFTER);

        assertThatThrownBy(() -> revocations.revoke("session-a", NOW.plusSeconds(60)))
                .isInstanceOfSatisfying(LoketException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.UNAVAILABLE));
    }
}
