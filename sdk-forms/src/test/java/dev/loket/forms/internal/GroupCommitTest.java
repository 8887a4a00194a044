package dev.loket.forms.internal;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GroupCommitTest {

    /** Writes batches, holding the first one until told, and remembers each batch's items. */
    private static final class HeldWriter implements GroupCommit.BatchWriter<Integer, String> {
        final CountDownLatch firstBatchStarted = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final List<List<Integer>> batches = new CopyOnWriteArrayList<>();

        @Override
        public void write(List<GroupCommit.Slot<Integer, String>> batch) {
            batches.add(batch.stream().map(GroupCommit.Slot::item).toList());
            if (batches.size() == 1) {
                firstBatchStarted.countDown();
                await(release);
            }
            for (GroupCommit.Slot<Integer, String> slot : batch) {
                if (slot.item() < 0) {
                    slot.fail(new IllegalArgumentException("negative: " + slot.item()));
                } else {
                    slot.succeed("stored " + slot.item());
                }
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).as("released in time").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until this many callers are in line, without sleeping for a guessed time. */
    private static void untilQueued(GroupCommit<?, ?> commits, int callers) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (commits.queued() < callers) {
            assertThat(System.nanoTime()).as("%d callers in line in time", callers).isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    @Test
    void aCallerAloneIsWrittenAtOnceInABatchOfItsOwn() {
        List<List<Integer>> batches = new ArrayList<>();
        GroupCommit<Integer, String> commits = new GroupCommit<>(batch -> {
            batches.add(batch.stream().map(GroupCommit.Slot::item).toList());
            batch.forEach(slot -> slot.succeed("stored " + slot.item()));
        }, 10, 1);

        assertThat(commits.submit(1)).isEqualTo("stored 1");
        assertThat(commits.submit(2)).isEqualTo("stored 2");
        assertThat(batches).containsExactly(List.of(1), List.of(2));
        assertThat(commits.queued()).isZero();
    }

    @Test
    void callersArrivingDuringABatchAreWrittenTogetherInTheNextEachWithItsOwnOutcome() throws Exception {
        HeldWriter writer = new HeldWriter();
        GroupCommit<Integer, String> commits = new GroupCommit<>(writer, 10, 1);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            Future<String> first = pool.submit(() -> commits.submit(0));
            await(writer.firstBatchStarted);
            List<Future<String>> later = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                int item = i == 3 ? -3 : i;
                later.add(pool.submit(() -> commits.submit(item)));
            }
            untilQueued(commits, 6);
            writer.release.countDown();

            assertThat(first.get()).isEqualTo("stored 0");
            assertThat(later.get(0).get()).isEqualTo("stored 1");
            assertThatThrownBy(() -> later.get(2).get()).isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative: -3");
            assertThat(later.get(4).get()).as("a failed item fails no other").isEqualTo("stored 5");
            assertThat(writer.batches).hasSize(2);
            assertThat(writer.batches.get(1)).containsExactlyInAnyOrder(1, 2, -3, 4, 5);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void neverPutsMoreThanTheMostInOneBatch() throws Exception {
        HeldWriter writer = new HeldWriter();
        GroupCommit<Integer, String> commits = new GroupCommit<>(writer, 2, 1);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> results = new ArrayList<>();
            results.add(pool.submit(() -> commits.submit(0)));
            await(writer.firstBatchStarted);
            for (int i = 1; i <= 5; i++) {
                int item = i;
                results.add(pool.submit(() -> commits.submit(item)));
            }
            untilQueued(commits, 6);
            writer.release.countDown();
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo("stored " + i);
            }

            assertThat(writer.batches).allSatisfy(batch -> assertThat(batch).hasSizeLessThanOrEqualTo(2));
            assertThat(writer.batches.stream().mapToInt(List::size).sum()).isEqualTo(6);
            assertThat(writer.batches.get(0)).containsExactly(0);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSecondWriterStartsWhileTheFirstIsBusyAndBatchesFormOnceBothAre() throws Exception {
        CountDownLatch bothWriting = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        List<List<Integer>> batches = new CopyOnWriteArrayList<>();
        GroupCommit<Integer, String> commits = new GroupCommit<>(batch -> {
            batches.add(batch.stream().map(GroupCommit.Slot::item).toList());
            if (batches.size() <= 2) {
                bothWriting.countDown();
                await(release);
            }
            batch.forEach(slot -> slot.succeed("stored " + slot.item()));
        }, 10, 2);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> results = new ArrayList<>();
            results.add(pool.submit(() -> commits.submit(0)));
            untilQueued(commits, 1);
            results.add(pool.submit(() -> commits.submit(1)));
            await(bothWriting);
            for (int i = 2; i <= 5; i++) {
                int item = i;
                results.add(pool.submit(() -> commits.submit(item)));
            }
            untilQueued(commits, 6);
            release.countDown();
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo("stored " + i);
            }

            assertThat(batches.subList(0, 2)).as("the first two written side by side, alone")
                    .containsExactlyInAnyOrder(List.of(0), List.of(1));
            assertThat(batches.subList(2, batches.size()).stream().mapToInt(List::size).sum()).isEqualTo(4);
            assertThat(batches.size()).as("the four that waited went in at most two batches").isLessThanOrEqualTo(4);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBatchThatFailsAsAWholeFailsOnlyItsCallersAndTheNextCallerIsWrittenAfterIt() {
        boolean[] databaseDown = {true};
        GroupCommit<Integer, String> commits = new GroupCommit<>(batch -> {
            if (databaseDown[0]) {
                throw new IllegalStateException("database down");
            }
            batch.forEach(slot -> slot.succeed("stored " + slot.item()));
        }, 10, 1);

        assertThatThrownBy(() -> commits.submit(1)).isInstanceOf(IllegalStateException.class).hasMessage("database down");
        databaseDown[0] = false;
        assertThat(commits.submit(2)).isEqualTo("stored 2");
        assertThat(commits.queued()).isZero();
    }

    @Test
    void anItemTheWriterLeftWithoutAnOutcomeFailsInsteadOfLookingStored() {
        GroupCommit<Integer, String> commits = new GroupCommit<>(batch -> {
        }, 10, 1);

        assertThatThrownBy(() -> commits.submit(1)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("without an outcome");
    }
}
