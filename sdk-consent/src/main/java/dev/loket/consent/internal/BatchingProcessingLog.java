package dev.loket.consent.internal;

import dev.loket.consent.log.ProcessingEntry;
import dev.loket.consent.log.ProcessingLog;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A bounded queue and one writer thread that inserts the queued entries in batches. One writer,
 * because the entries have no order among threads that matters and a single batched insert is
 * faster than many small ones; the queue keeps callers from waiting on the database.
 *
 * <p>When a batch fails (the database is away), the writer keeps the batch and tries again with a
 * growing pause; the queue fills meanwhile and then {@link #record} pushes back. Once closing, it
 * tries a few more times and then reports the entries as lost, so that a shutdown always ends.
 */
public final class BatchingProcessingLog implements ProcessingLog {

    private static final Logger LOG = Logger.getLogger(BatchingProcessingLog.class.getName());
    private static final Duration IDLE_POLL = Duration.ofMillis(100);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(5);
    private static final int ATTEMPTS_WHEN_CLOSING = 3;

    private final ProcessingLogTable table;
    private final ProcessingLog.Settings settings;
    private final BlockingQueue<ProcessingEntry> queue;
    private final Thread writer;
    private final Object progress = new Object();
    /** Entries accepted into the queue, and entries the writer is done with (written or reported lost). */
    private long accepted;
    private long done;
    private volatile boolean closing;
    /**
     * Held (shared) while an entry is checked and queued, and (alone) while closing: so no entry is
     * queued after the writer was told to finish, where nobody would write it.
     */
    private final ReentrantReadWriteLock closingLock = new ReentrantReadWriteLock();

    public BatchingProcessingLog(ProcessingLogTable table, ProcessingLog.Settings settings) {
        this.table = table;
        this.settings = settings;
        this.queue = new ArrayBlockingQueue<>(settings.capacity());
        this.writer = settings.threadFactory().newThread(this::writeUntilClosed);
        writer.setName("loket-processing-log-writer");
        writer.setDaemon(false);
        writer.start();
    }

    @Override
    public void record(ProcessingEntry entry) {
        closingLock.readLock().lock();
        try {
            if (closing) {
                throw new IllegalStateException("The processing log is closed; the processing cannot be logged");
            }
            if (!queue.offer(entry, settings.offerTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("The processing log could not keep up for " + settings.offerTimeout()
                        + " (is the database reachable?); the processing is refused rather than done unlogged");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for room in the processing log", e);
        } finally {
            closingLock.readLock().unlock();
        }
        synchronized (progress) {
            accepted++;
        }
    }

    @Override
    public void flush(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        synchronized (progress) {
            long target = accepted;
            while (done < target) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("The processing log did not write its queue within " + limit);
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(progress, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for the processing log", e);
                }
            }
        }
    }

    @Override
    public List<ProcessingEntry> about(String subject) {
        Pseudonyms.require(subject, "subject");
        flush(Duration.ofSeconds(10));
        return table.about(subject);
    }

    @Override
    public void close() {
        closingLock.writeLock().lock();
        try {
            closing = true;
        } finally {
            closingLock.writeLock().unlock();
        }
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warning(() -> queue.size() + " processing log entries may not be written: the shutdown was interrupted");
        }
    }

    private void writeUntilClosed() {
        List<ProcessingEntry> batch = new ArrayList<>(settings.batchSize());
        while (true) {
            ProcessingEntry first;
            try {
                first = queue.poll(IDLE_POLL.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                // Only close() ends the writer; an interrupt alone would lose the queue.
                continue;
            }
            if (first == null) {
                if (closing && queue.isEmpty()) {
                    return;
                }
                continue;
            }
            batch.add(first);
            queue.drainTo(batch, settings.batchSize() - 1);
            write(batch);
            synchronized (progress) {
                done += batch.size();
                progress.notifyAll();
            }
            batch.clear();
        }
    }

    private void write(List<ProcessingEntry> batch) {
        Duration pause = Duration.ofMillis(50);
        for (int failuresWhileClosing = 0; ; ) {
            try {
                table.insert(batch);
                return;
            } catch (SQLException | RuntimeException e) {
                if (closing && ++failuresWhileClosing >= ATTEMPTS_WHEN_CLOSING) {
                    LOG.log(Level.SEVERE, batch.size() + " processing log entries are lost: the database refused them"
                            + " while the application was stopping", e);
                    return;
                }
                LOG.log(Level.WARNING, "Writing " + batch.size() + " processing log entries failed; trying again in "
                        + pause.toMillis() + " ms", e);
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException ignored) {
                    // Keep the batch; the loop decides whether to go on.
                }
                pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
            }
        }
    }
}
