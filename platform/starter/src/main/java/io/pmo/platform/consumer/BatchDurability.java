package io.pmo.platform.consumer;

import com.mongodb.WriteConcern;

/**
 * Group durability for a consumer batch: while a group's handlers run on this thread, their read-model writes are
 * acknowledged once applied ({@code w: 1, j: false}) instead of once journaled on a majority, and the batch's
 * position write that follows them ({@link ConsumerPositions#markApplied}, outside this scope, with the client's
 * durable write concern) makes them all durable at once: MongoDB journals and replicates a node's writes in order,
 * so a write acknowledged with {@code j: true} / {@code w: "majority"} covers every write the node applied before
 * it. The Kafka offsets are committed only after that write, so an offset never gets ahead of a read-model write
 * that a MongoDB crash could lose; if the crash comes before it, the records are redelivered and the per-document
 * guards ({@link SourceGuard}) apply exactly what is missing.
 *
 * <p>{@link RoutingMongoTemplate} asks it for every write. Only the dispatcher opens the scope, around the handlers
 * and never around its own bookkeeping (dead letters, parking), which stays durable write by write. It holds for
 * one MongoDB replica set, which is what a service's read models live in (one database per service).
 */
final class BatchDurability {

    /** What a handler's write waits for inside the scope. */
    static final WriteConcern DEFERRED = WriteConcern.W1.withJournal(false);

    private static final ThreadLocal<Boolean> ACTIVE = new ThreadLocal<>();

    private BatchDurability() {
    }

    /** Runs {@code work} with this thread's writes deferred; the caller must write durably after it. */
    static void deferred(Runnable work) {
        if (isDeferred()) {
            work.run();
            return;
        }
        ACTIVE.set(Boolean.TRUE);
        try {
            work.run();
        }
        finally {
            ACTIVE.remove();
        }
    }

    /** Whether this thread's writes are deferred to the batch's position write. */
    static boolean isDeferred() {
        return Boolean.TRUE.equals(ACTIVE.get());
    }
}
