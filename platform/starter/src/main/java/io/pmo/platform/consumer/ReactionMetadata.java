package io.pmo.platform.consumer;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.pmo.platform.messaging.PmoMetadata;

/**
 * What a reaction to another context's event puts on the <em>local</em> command it sends (CONVENTIONS.md,
 * Events on Kafka): a command id derived from the CloudEvent id and the command type, so that a redelivered
 * event sends the same command again and the receiving side can treat it as a no-op; the event's tenant; the
 * event's principal (or {@code system:<consumer group>} if it had none); the event's correlation id; and the
 * CloudEvent id as the causation id.
 */
public final class ReactionMetadata {

    private ReactionMetadata() {
    }

    /**
     * The metadata of the command {@code commandType} sent in reaction to {@code event}: keys
     * {@link PmoMetadata#COMMAND_ID}, {@link PmoMetadata#TENANT_ID}, {@link PmoMetadata#PRINCIPAL},
     * {@link PmoMetadata#CORRELATION_ID}, {@link PmoMetadata#CAUSATION_ID}; absent values are left out.
     */
    public static Map<String, Object> of(ReceivedEvent<?> event, Class<?> commandType) {
        return of(event, commandId(event.id(), commandType));
    }

    /**
     * As {@link #of(ReceivedEvent, Class)} for one of several commands of a kind that one event causes, one per
     * target aggregate (e.g. releasing a cancelled project's allocations on each of its resources): the command id
     * is derived from the target too, so each is recorded on its own and each redelivery is a no-op.
     */
    public static Map<String, Object> of(ReceivedEvent<?> event, Class<?> commandType, String targetAggregateId) {
        return of(event, commandId(event.id() + "|" + targetAggregateId, commandType));
    }

    private static Map<String, Object> of(ReceivedEvent<?> event, String commandId) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put(PmoMetadata.COMMAND_ID, commandId);
        put(metadata, PmoMetadata.TENANT_ID, event.tenantId());
        put(metadata, PmoMetadata.PRINCIPAL, event.principal() != null && !event.principal().isBlank()
                ? event.principal() : "system:" + event.consumerGroup());
        put(metadata, PmoMetadata.CORRELATION_ID, event.correlationId());
        put(metadata, PmoMetadata.CAUSATION_ID, event.id());
        return metadata;
    }

    /**
     * The id of the command {@code commandType} caused by the CloudEvent {@code cloudEventId}: a name-based
     * (version 3) UUID of {@code <cloudEventId>|<command class name>}, the same on every redelivery, different
     * for each kind of command one event causes.
     */
    public static String commandId(String cloudEventId, Class<?> commandType) {
        return UUID.nameUUIDFromBytes((cloudEventId + "|" + commandType.getName()).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private static void put(Map<String, Object> metadata, String key, String value) {
        if (value != null) {
            metadata.put(key, value);
        }
    }
}
