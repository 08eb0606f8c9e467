package org.oretrace.intake.application;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;

/**
 * Stores a batch's workbooks on a few lanes at once while the zip is still being walked (issue 18: one after another,
 * the request thread mostly waited for PostgreSQL's writes of a zip of 500's 452 MB of originals; how many lanes is
 * {@link IntakeSettings#batchStoringLanes()}). Work given to one lane runs in the order given, one piece at a time: the batch sends identical
 * bytes to the same lane, so the second copy finds the first stored and is linked to it, as before. At most
 * {@code inFlight} pieces are given and not finished, so the walk cannot run ahead of the database with the zip's
 * files in memory. A lane that failed runs nothing more; {@link #finish()} throws the first failure.
 *
 * <p>Each piece is handed to the executor when its lane's previous piece ends, so no thread waits for another; an
 * executor that runs a piece at once in the caller's thread (unit tests) makes this a plain loop.
 */
final class StoringLanes {

    private final Executor executor;
    private final Semaphore room;
    private final CompletableFuture<?>[] tails;

    StoringLanes(Executor executor, int lanes, int inFlight) {
        this.executor = executor;
        this.room = new Semaphore(inFlight);
        this.tails = new CompletableFuture<?>[lanes];
        for (int i = 0; i < lanes; i++) {
            tails[i] = CompletableFuture.completedFuture(null);
        }
    }

    int lanes() {
        return tails.length;
    }

    /** True once a piece failed: the walk stops giving work. */
    boolean failed() {
        for (CompletableFuture<?> tail : tails) {
            if (tail.isCompletedExceptionally()) {
                return true;
            }
        }
        return false;
    }

    /** Runs the work on the lane after what the lane was given before; waits while {@code inFlight} pieces are open. */
    void give(int lane, Runnable work) {
        room.acquireUninterruptibly();
        CompletableFuture<Void> done = new CompletableFuture<>();
        CompletableFuture<?> previous = tails[lane];
        tails[lane] = done;
        previous.whenComplete((ignored, failure) -> {
            if (failure != null) {
                room.release();
                done.completeExceptionally(failure);
                return;
            }
            try {
                executor.execute(() -> {
                    try {
                        work.run();
                        done.complete(null);
                    } catch (RuntimeException | Error e) {
                        done.completeExceptionally(e);
                    } finally {
                        room.release();
                    }
                });
            } catch (RuntimeException notStarted) {
                // the server's threads refused the work (shutting down): the lane fails, the request says so
                room.release();
                done.completeExceptionally(notStarted);
            }
        });
    }

    /** Waits until every lane ran what it was given; throws the first failure as it was thrown. */
    void finish() {
        try {
            CompletableFuture.allOf(tails).join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
