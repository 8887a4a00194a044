package dev.loket.consent.log;

import dev.loket.consent.internal.BatchingProcessingLog;
import dev.loket.consent.internal.ProcessingLogTable;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

/**
 * The processing log (Logboek Dataverwerkingen): every processing of personal data that goes
 * through Loket, for the citizen's overview and for supervision. Append-only.
 *
 * <p>Writing is asynchronous so that logging never slows a request by a database round trip:
 * {@link #record} puts the entry in a bounded queue and returns; one writer thread inserts what is
 * queued in JDBC batches. When the queue is full, {@code record} waits (back-pressure) rather than
 * drop an entry, and throws if it waited {@link Settings#offerTimeout} in vain, so that a processing
 * is refused rather than done unlogged. {@link #close} writes everything queued before it returns:
 * nothing is lost on a clean shutdown. On a crash (the JVM killed, the power gone), what was queued
 * but not yet written is lost: at most {@link Settings#capacity} entries plus one batch, and in
 * practice what arrived in the last few milliseconds.
 */
public interface ProcessingLog extends AutoCloseable {

    /**
     * Queues the entry for writing; returns once it is queued.
     *
     * @throws IllegalStateException when the log is closed, or the queue stayed full for the offer timeout
     */
    void record(ProcessingEntry entry);

    /**
     * Waits until every entry recorded before this call is written (or could not be written and was
     * reported as lost in the log).
     *
     * @throws IllegalStateException when that takes longer than {@code limit}
     */
    void flush(Duration limit);

    /** Every entry about {@code subject}, oldest first; includes everything recorded before this call. */
    List<ProcessingEntry> about(String subject);

    /** Stops taking entries and writes everything queued; returns when the writer has finished. */
    @Override
    void close();

    /**
     * How the log queues and writes.
     *
     * @param capacity      how many entries may wait to be written; bounds what a crash loses
     * @param batchSize     how many entries go in one insert
     * @param offerTimeout  how long {@link #record} waits for room in a full queue
     * @param threadFactory makes the one writer thread (on an application server: its managed thread factory)
     */
    record Settings(int capacity, int batchSize, Duration offerTimeout, ThreadFactory threadFactory) {

        /** 10,000 entries in the queue, batches of 500, two seconds of back-pressure. */
        public static final Settings DEFAULT = new Settings(10_000, 500, Duration.ofSeconds(2),
                Executors.defaultThreadFactory());

        public Settings {
            if (capacity < 1 || batchSize < 1) {
                throw new IllegalArgumentException("The queue and a batch hold at least one entry");
            }
            Objects.requireNonNull(offerTimeout, "offerTimeout");
            Objects.requireNonNull(threadFactory, "threadFactory");
        }

        public Settings withThreadFactory(ThreadFactory factory) {
            return new Settings(capacity, batchSize, offerTimeout, factory);
        }

        public Settings withCapacity(int entries) {
            return new Settings(entries, batchSize, offerTimeout, threadFactory);
        }
    }

    /** The log in {@code consent_processing_log} of a database migrated with sdk-consent's schema; starts its writer. */
    static ProcessingLog onDatabase(DataSource dataSource, Settings settings) {
        return new BatchingProcessingLog(new ProcessingLogTable(dataSource), settings);
    }
}
