package io.pmo.platform.consumer;

/**
 * Handles one kind of event for a consumer group. It must be idempotent per document (see {@link SourceGuard}):
 * the toolkit skips events it knows were applied, but a crash between the handler's write and the toolkit's
 * bookkeeping redelivers the event to the handler once more. Throwing makes the toolkit retry the record, then
 * dead-letter it and park its aggregate.
 */
@FunctionalInterface
public interface CloudEventHandler<T> {

    void handle(T event, ReceivedEvent<T> received);
}
