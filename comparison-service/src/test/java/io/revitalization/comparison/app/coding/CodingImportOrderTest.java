package io.revitalization.comparison.app.coding;

import io.revitalization.support.security.Caller;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How an import hands its chunks to the writers, with the chunk's transaction left out: a chunk begins only once the
 * one before it holds its cases' locks, even when that one is slow to get them, at most two are written at once, and
 * a chunk whose transaction failed beside another is written again after the others.
 */
class CodingImportOrderTest {
    private final List<String> steps = Collections.synchronizedList(new ArrayList<>());

    @Test
    void aChunkBeginsOnlyOnceTheOneBeforeItHoldsItsLocks() {
        CodingImportChunk writer = new RecordingWriter() {
            @Override
            void beforeLocking(int first) {
                if (first == 0) {
                    pause(300);
                }
            }
        };

        CodingImportReport report = new CodingImportService(writer).importCodings(items(1_600), null);

        assertThat(report.created()).isEqualTo(1_600);
        assertThat(steps.subList(0, 4)).containsExactly("begin 0", "locked 0", "begin 500", "locked 500");
        assertThat(steps.indexOf("locked 500")).isLessThan(steps.indexOf("begin 1000"));
        assertThat(steps.indexOf("locked 1000")).isLessThan(steps.indexOf("begin 1500"));
        assertThat(steps.indexOf("done 0")).as("a third chunk waits for the first").isLessThan(steps.indexOf("begin 1000"));
    }

    @Test
    void aChunkWhoseTransactionFailedIsWrittenAgainAfterTheOthers() {
        AtomicBoolean failedOnce = new AtomicBoolean();
        CodingImportChunk writer = new RecordingWriter() {
            @Override
            void afterLocking(int first) {
                if (first == 500 && failedOnce.compareAndSet(false, true)) {
                    throw new PersistenceException("deadlock detected");
                }
            }
        };

        CodingImportReport report = new CodingImportService(writer).importCodings(items(1_600), null);

        assertThat(report.created()).isEqualTo(1_600);
        assertThat(report.rejected()).isZero();
        List<String> done = steps.stream().filter(step -> step.startsWith("done")).toList();
        assertThat(done).containsExactlyInAnyOrder("done 0", "done 500", "done 1000", "done 1500");
        assertThat(done).last().isEqualTo("done 500");
    }

    private static Iterable<CodingImportItem> items(int count) {
        return IntStream.range(0, count).mapToObj(index -> new CodingImportItem(index, null, null, List.of())).toList();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Writes nothing: records when each chunk begins, holds its locks and is done. */
    private class RecordingWriter extends CodingImportChunk {
        RecordingWriter() {
            super(null, null, null, null);
        }

        void beforeLocking(int first) {
        }

        void afterLocking(int first) {
        }

        @Override
        public List<Outcome> write(List<CodingImportItem> chunk, Caller author, Runnable locked) {
            int first = chunk.get(0).index();
            steps.add("begin " + first);
            beforeLocking(first);
            steps.add("locked " + first);
            locked.run();
            afterLocking(first);
            pause(50);
            steps.add("done " + first);
            return chunk.stream().map(item -> new Outcome(item, Outcome.Kind.CREATED, List.of())).toList();
        }
    }
}
