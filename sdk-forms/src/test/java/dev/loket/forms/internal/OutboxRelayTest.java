package dev.loket.forms.internal;

import dev.loket.core.Channel;
import dev.loket.core.persistence.SchemaMigrations;
import dev.loket.core.persistence.TestDatabase;
import dev.loket.forms.delivery.DeliveryException;
import dev.loket.forms.delivery.OutboxRelay;
import dev.loket.forms.delivery.ParkedDelivery;
import dev.loket.forms.delivery.RelayRun;
import dev.loket.forms.delivery.RetryPolicy;
import dev.loket.forms.delivery.SubmissionDelivery;
import dev.loket.forms.submission.StoredSubmission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutboxRelayTest {

    /** 1 minute doubling to at most 10 minutes; parked after the 6th failure. */
    private static final RetryPolicy POLICY =
            new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(10), 6, Duration.ofMinutes(5));

    private final HandClock clock = new HandClock();
    private DataSource dataSource;
    private JdbcSubmissionStore submissions;

    private void databaseOn(TestDatabase database) {
        dataSource = database.newDatabase();
        SchemaMigrations.migrate(dataSource, new FormsSchema());
        submissions = new JdbcSubmissionStore(dataSource, clock);
    }

    private OutboxRelay relay(SubmissionDelivery delivery) {
        return new JdbcOutboxRelay(dataSource, delivery, POLICY, clock, 5);
    }

    private StoredSubmission submit(String key) {
        return submissions.store("verhuizing", "1.0.0", Channel.WEB, key, "{\"naam\":\"Zoë\"}");
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void deliversEachDueSubmissionOnce(TestDatabase database) {
        databaseOn(database);
        StoredSubmission first = submit("a");
        StoredSubmission second = submit("b");
        List<StoredSubmission> delivered = new ArrayList<>();
        OutboxRelay relay = relay(delivered::add);

        assertThat(relay.relayDue()).isEqualTo(new RelayRun(2, 0, 0));
        assertThat(relay.relayDue().attempted()).as("nothing left").isZero();
        assertThat(delivered).extracting(StoredSubmission::id).containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(delivered).allSatisfy(s -> assertThat(s.data()).isEqualTo("{\"naam\":\"Zoë\"}"));
        assertThat(delivered.get(0).dataSha256()).isIn(first.dataSha256(), second.dataSha256());
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void retriesWithExponentialBackoffUpToTheCapThenParks(TestDatabase database) {
        databaseOn(database);
        StoredSubmission submission = submit("a");
        AtomicInteger calls = new AtomicInteger();
        OutboxRelay relay = relay(s -> {
            calls.incrementAndGet();
            throw new DeliveryException("case system answered HTTP 503");
        });

        assertThat(relay.relayDue()).isEqualTo(new RelayRun(0, 1, 0));
        // Waits after failures 1..5: 1, 2, 4, 8 and (capped) 10 minutes.
        for (int minutes : new int[] {1, 2, 4, 8, 10}) {
            clock.advance(Duration.ofMinutes(minutes).minusSeconds(1));
            assertThat(relay.relayDue().attempted()).as("not due before %d minutes", minutes).isZero();
            clock.advance(Duration.ofSeconds(1));
            assertThat(relay.relayDue().attempted()).as("due after %d minutes", minutes).isOne();
        }

        assertThat(calls).hasValue(6);
        List<ParkedDelivery> parked = relay.parked();
        assertThat(parked).singleElement().satisfies(p -> {
            assertThat(p.submissionId()).isEqualTo(submission.id());
            assertThat(p.attempts()).isEqualTo(6);
            assertThat(p.lastError()).isEqualTo(DeliveryException.class.getName() + ": case system answered HTTP 503");
            assertThat(p.parkedAt()).isEqualTo(clock.instant());
        });
        clock.advance(Duration.ofDays(1));
        assertThat(relay.relayDue().attempted()).as("parked rows are left alone").isZero();
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void deliversAParkedSubmissionAfterAManualRetry(TestDatabase database) {
        databaseOn(database);
        StoredSubmission submission = submit("a");
        List<UUID> delivered = new ArrayList<>();
        boolean[] backOfficeUp = {false};
        OutboxRelay relay = new JdbcOutboxRelay(dataSource, s -> {
            if (!backOfficeUp[0]) {
                throw new IOException("Connection refused to 10.0.0.1 for Zoë's aanvraag");
            }
            delivered.add(s.id());
        }, new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(1), 1, Duration.ofMinutes(5)), clock, 5);

        assertThat(relay.relayDue().parked()).isOne();
        assertThat(relay.parked()).singleElement().extracting(ParkedDelivery::lastError)
                .as("only the type of an ordinary exception: its message may hold personal data")
                .isEqualTo("java.io.IOException");

        backOfficeUp[0] = true;
        assertThat(relay.retryParked(submission.id())).isTrue();
        assertThat(relay.retryParked(submission.id())).isFalse();
        assertThat(relay.relayDue().delivered()).isOne();
        assertThat(relay.parked()).isEmpty();
        assertThat(delivered).containsExactly(submission.id());
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void twoRelaysRacingOverTheSameRowsDeliverEachSubmissionOnce(TestDatabase database) throws Exception {
        databaseOn(database);
        int count = 60;
        for (int i = 0; i < count; i++) {
            submit("key-" + i);
        }
        Map<UUID, Integer> deliveries = new ConcurrentHashMap<>();
        SubmissionDelivery countingDelivery = s -> deliveries.merge(s.id(), 1, Integer::sum);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                OutboxRelay relay = relay(countingDelivery);
                results.add(pool.submit(() -> {
                    start.await();
                    int delivered = 0;
                    RelayRun run;
                    do {
                        run = relay.relayDue();
                        delivered += run.delivered();
                    } while (run.attempted() > 0);
                    return delivered;
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> result : results) {
                total += result.get();
            }

            assertThat(total).isEqualTo(count);
            assertThat(relay(countingDelivery).relayDue().attempted()).as("nothing left behind").isZero();
            assertThat(deliveries).hasSize(count);
            assertThat(Collections.max(deliveries.values())).as("no submission delivered twice").isOne();
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void startsNoDeliveryAfterHalfTheLeaseAndHandsTheRestBackDueAtOnce(TestDatabase database) throws Exception {
        databaseOn(database);
        for (String key : List.of("a", "b", "c")) {
            submit(key);
        }
        List<UUID> delivered = new ArrayList<>();
        OutboxRelay slow = relay(s -> {
            delivered.add(s.id());
            clock.advance(POLICY.lease().dividedBy(2).plusSeconds(1));
        });

        assertThat(slow.relayDue()).isEqualTo(new RelayRun(1, 0, 0));
        assertThat(count("SELECT COUNT(*) FROM forms_outbox WHERE delivered_at IS NULL AND attempts = 0"))
                .as("handed back as never tried").isEqualTo(2);
        List<UUID> later = new ArrayList<>();
        assertThat(relay(s -> later.add(s.id())).relayDue()).isEqualTo(new RelayRun(2, 0, 0));
        assertThat(later).doesNotContainAnyElementsOf(delivered).hasSize(2);
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void claimsNoMoreThanItsBatchPerRun(TestDatabase database) {
        databaseOn(database);
        for (int i = 0; i < 7; i++) {
            submit("key-" + i);
        }
        List<UUID> delivered = new ArrayList<>();
        OutboxRelay relay = relay(s -> delivered.add(s.id()));

        assertThat(relay.relayDue().delivered()).isEqualTo(5);
        assertThat(relay.relayDue().delivered()).isEqualTo(2);
        assertThat(delivered).doesNotHaveDuplicates().hasSize(7);
    }

    private int count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }

    /** Stands for the relay's process ending mid-delivery: not an Exception, so nothing is recorded. */
    private static final class RelayDied extends Error {
        private static final long serialVersionUID = 1L;
    }

    @ParameterizedTest
    @ArgumentsSource(TestDatabase.All.class)
    void takesOverARowFromARelayThatDiedAfterTheLeaseRunsOut(TestDatabase database) {
        databaseOn(database);
        StoredSubmission submission = submit("a");
        OutboxRelay dying = relay(s -> {
            throw new RelayDied();
        });
        List<UUID> delivered = new ArrayList<>();
        OutboxRelay survivor = relay(s -> delivered.add(s.id()));

        assertThatThrownBy(dying::relayDue).isInstanceOf(RelayDied.class);
        assertThat(survivor.relayDue().attempted()).as("still claimed by the dead relay").isZero();
        clock.advance(POLICY.lease());

        assertThat(survivor.relayDue().delivered()).isOne();
        assertThat(delivered).containsExactly(submission.id());
    }

    @Test
    void recordsAtMostFiveHundredCharactersOfAFailure() {
        String reason = "x".repeat(2_000);

        String recorded = JdbcOutboxRelay.describe(new DeliveryException(reason, new IOException("Zoë")));

        assertThat(recorded).hasSize(500).startsWith(DeliveryException.class.getName() + ": xxx");
        assertThat(JdbcOutboxRelay.describe(new DeliveryException("HTTP 503", new IOException("Zoë"))))
                .isEqualTo(DeliveryException.class.getName() + ": HTTP 503 <- java.io.IOException");
    }
}
