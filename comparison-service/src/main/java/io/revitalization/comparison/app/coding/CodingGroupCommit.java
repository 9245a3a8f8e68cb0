package io.revitalization.comparison.app.coding;

import io.revitalization.comparison.domain.CaseCoding;
import io.revitalization.support.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Codings posted one by one, written together with those posted at the same moment. Every data change holds the
 * lock of what it computes from until it commits (see {@code DataChanges}), so codings posted faster than one
 * transaction takes would queue for their cases' locks, each holding a database connection, until the pool ran dry. Instead, whichever request gets to write takes every
 * coding waiting (up to {@value #MOST_TOGETHER}) into one transaction, whose queries and tally statements serve them
 * all; the others wait for their answer without a connection. Each coding is answered as its request alone would be
 * (400, 409 or 201); should the shared transaction fail as a whole, each is written again in a transaction of its
 * own (with the whole data locked, as {@link CodingService#create} writes), so one request's failure stays its own.
 */
@ApplicationScoped
public class CodingGroupCommit {
    /** A few seconds' codings at the rates measured: a transaction this size stays well within its timeout. */
    static final int MOST_TOGETHER = 64;

    private final CodingGroupWrites writes;
    private final Queue<PostedCoding> waiting = new ConcurrentLinkedQueue<>();
    private final ReentrantLock writing = new ReentrantLock();

    public CodingGroupCommit(CodingGroupWrites writes) {
        this.writes = writes;
    }

    /** Records a coding as {@link CodingService#create} does, in a transaction of its own that it may share. */
    public CaseCoding create(NewCoding request, Caller author) {
        PostedCoding posted = new PostedCoding(request, author);
        waiting.add(posted);
        writing.lock();
        try {
            while (!posted.written().isDone()) {
                writeWaiting();
            }
        } finally {
            writing.unlock();
        }
        try {
            return posted.written().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }

    private void writeWaiting() {
        List<PostedCoding> together = new ArrayList<>();
        for (PostedCoding next; together.size() < MOST_TOGETHER && (next = waiting.poll()) != null; ) {
            together.add(next);
        }
        List<CodingGroupWrites.Written> written;
        try {
            written = writes.together(together);
        } catch (RuntimeException | Error e) {
            // a lone coding too: its transaction may have lost a deadlock to a case's event, which alone it cannot
            together.forEach(this::writeAlone);
            return;
        }
        for (int i = 0; i < together.size(); i++) {
            CodingGroupWrites.Written outcome = written.get(i);
            if (outcome.refused() != null) {
                together.get(i).written().completeExceptionally(outcome.refused());
            } else {
                together.get(i).written().complete(outcome.coding());
            }
        }
    }

    private void writeAlone(PostedCoding posted) {
        try {
            posted.written().complete(writes.alone(posted));
        } catch (RuntimeException | Error e) {
            posted.written().completeExceptionally(e);
        }
    }
}
