package io.pmo.platform.messaging;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.axonframework.messaging.MetaData;

/**
 * The metadata every command and event carries (CONVENTIONS.md): the tenant, the acting principal, the
 * correlation id of the whole conversation and the id of the message that caused this one.
 */
public record PmoMetadata(String tenantId, String principal, String correlationId, String causationId) {

    public static final String TENANT_ID = "tenantId";
    public static final String PRINCIPAL = "principal";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";

    /**
     * On commands only: the caller's roles, comma-separated, stamped for commands sent for an HTTP request.
     * Absent on internal commands (see {@link io.pmo.platform.access.Caller}); never copied to events.
     */
    public static final String ROLES = "roles";

    /**
     * On commands only: an id that makes the command idempotent. A second command with the same id is a
     * no-op (see {@link io.pmo.platform.axon.ProcessedCommands}); reactions derive it from the CloudEvent id
     * ({@code io.pmo.platform.consumer.ReactionMetadata}), so a redelivered event sends the same id again.
     */
    public static final String COMMAND_ID = "commandId";

    /** Metadata for a message that starts a conversation, e.g. a command sent for an HTTP request. */
    public static PmoMetadata origin(String tenantId, String principal, String correlationId) {
        String correlation = correlationId == null || correlationId.isBlank() ? UUID.randomUUID().toString()
                : correlationId;
        return new PmoMetadata(tenantId, principal, correlation, null);
    }

    public static PmoMetadata of(MetaData metaData) {
        return new PmoMetadata(string(metaData, TENANT_ID), string(metaData, PRINCIPAL),
                string(metaData, CORRELATION_ID), string(metaData, CAUSATION_ID));
    }

    public MetaData toMetaData() {
        Map<String, Object> values = new HashMap<>();
        put(values, TENANT_ID, tenantId);
        put(values, PRINCIPAL, principal);
        put(values, CORRELATION_ID, correlationId);
        put(values, CAUSATION_ID, causationId);
        return MetaData.from(values);
    }

    private static void put(Map<String, Object> values, String key, String value) {
        if (value != null) {
            values.put(key, value);
        }
    }

    private static String string(MetaData metaData, String key) {
        Object value = metaData.get(key);
        return value == null ? null : value.toString();
    }
}
