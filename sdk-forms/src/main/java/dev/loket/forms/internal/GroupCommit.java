package dev.loket.forms.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Group commit: callers that arrive while a batch is being written queue up, and the first of them
 * writes all of them (up to a maximum) as the next batch, in one transaction with one commit. Every
 * caller returns only once the batch that holds its item has been written, with its own outcome.
 *
 * <p>Why: a durable commit costs a WAL flush and a few round trips whatever it holds, so under load
 * most of the database's and the driver's work per submission was the transaction around one row.
 * Alone, a caller writes its item at once, as before: the batches grow only as callers overlap, so
 * nobody waits for a timer and latency stays that of one commit when the load is light.
 *
 * <p>The caller at the head of the queue becomes a writer (leader/follower, as LevelDB's write queue):
 * no thread of our own, so it works the same inside an application server, on the request thread
 * with its container context. Up to {@code writers} batches are written at once, so a few callers
 * that arrive together still commit side by side (as they did without batching, the database then
 * sharing their WAL flush) instead of one waiting for the other's commit; batches form once all
 * writers are busy.
 */
final class GroupCommit<T, R> {

    /** Writes one batch in one transaction, giving each slot its own outcome. */
    @FunctionalInterface
    interface BatchWriter<T, R> {
        void write(List<Slot<T, R>> batch);
    }

    /** One caller's item in a batch, and what became of it. */
    static final class Slot<T, R> {
        private final T item;
        private final Condition turn;
        private R result;
        private RuntimeException failure;
        /** Set under the lock once the batch is over; the outcome fields are read only after that. */
        private boolean done;

        private Slot(T item, Condition turn) {
            this.item = item;
            this.turn = turn;
        }

        T item() {
            return item;
        }

        void succeed(R value) {
            result = value;
            failure = null;
        }

        void fail(RuntimeException e) {
            failure = e;
            result = null;
        }

        private boolean decided() {
            return result != null || failure != null;
        }

        private R outcome() {
            if (failure != null) {
                throw failure;
            }
            return result;
        }
    }

    private final ReentrantLock lock = new ReentrantLock();
    /** Callers whose item no writer has taken yet, in order of arrival. */
    private final ArrayDeque<Slot<T, R>> queue = new ArrayDeque<>();
    private final BatchWriter<T, R> writer;
    private final int maxBatch;
    private final int maxWriters;
    /** Batches being written now. */
    private int writing;
    /** Callers in line or in a batch being written. */
    private int callers;

    /**
     * @param maxBatch   the most items in one batch
     * @param maxWriters the most batches written at once
     */
    GroupCommit(BatchWriter<T, R> writer, int maxBatch, int maxWriters) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("A batch holds at least one item, not " + maxBatch);
        }
        if (maxWriters < 1) {
            throw new IllegalArgumentException("At least one batch must be written at a time, not " + maxWriters);
        }
        this.writer = writer;
        this.maxBatch = maxBatch;
        this.maxWriters = maxWriters;
    }

    /**
     * Writes the item, with whatever else is waiting, and returns its outcome once that is committed.
     *
     * @throws RuntimeException the item's own failure, or the batch's when the whole batch failed
     */
    R submit(T item) {
        Slot<T, R> slot;
        List<Slot<T, R>> batch;
        lock.lock();
        try {
            slot = new Slot<>(item, lock.newCondition());
            queue.addLast(slot);
            callers++;
            // Not interruptible: the item may be in a batch being written, and the caller must learn
            // whether it was stored.
            while (!slot.done && !(queue.peekFirst() == slot && writing < maxWriters)) {
                slot.turn.awaitUninterruptibly();
            }
            if (slot.done) {
                return slot.outcome();
            }
            writing++;
            batch = new ArrayList<>(Math.min(maxBatch, queue.size()));
            while (batch.size() < maxBatch && !queue.isEmpty()) {
                batch.add(queue.removeFirst());
            }
            wakeNextWriter();
        } finally {
            lock.unlock();
        }
        try {
            writer.write(batch);
        } catch (RuntimeException e) {
            for (Slot<T, R> s : batch) {
                if (!s.decided()) {
                    s.fail(e);
                }
            }
        } finally {
            finish(batch);
        }
        return slot.outcome();
    }

    /** Callers waiting or being written now, for tests that line callers up before a batch. */
    int queued() {
        lock.lock();
        try {
            return callers;
        } finally {
            lock.unlock();
        }
    }

    /** Hands each caller of the batch its outcome and, when one is waiting, the writing to the next. */
    private void finish(List<Slot<T, R>> batch) {
        lock.lock();
        try {
            writing--;
            callers -= batch.size();
            for (Slot<T, R> s : batch) {
                if (!s.decided()) {
                    s.fail(new IllegalStateException("The batch ended without an outcome for this item"));
                }
                s.done = true;
                s.turn.signal();
            }
            wakeNextWriter();
        } finally {
            lock.unlock();
        }
    }

    /** Lets the caller at the head of the line write, if a writer is free; under the lock. */
    private void wakeNextWriter() {
        Slot<T, R> next = queue.peekFirst();
        if (next != null && writing < maxWriters) {
            next.turn.signal();
        }
    }
}
