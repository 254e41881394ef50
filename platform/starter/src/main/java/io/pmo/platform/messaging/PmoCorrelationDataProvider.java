package io.pmo.platform.messaging;

import java.util.HashMap;
import java.util.Map;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

/**
 * Carries tenant, principal and correlation id from the message being handled to every message it causes,
 * and sets the causation id to the handled message's id. Replaces Axon's {@code MessageOriginProvider}, whose
 * {@code correlationId} is the direct parent (what we call causation), not the conversation.
 */
public class PmoCorrelationDataProvider implements CorrelationDataProvider {

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        copy(message, PmoMetadata.TENANT_ID, data);
        copy(message, PmoMetadata.PRINCIPAL, data);
        Object correlation = message.getMetaData().get(PmoMetadata.CORRELATION_ID);
        data.put(PmoMetadata.CORRELATION_ID, correlation != null ? correlation : message.getIdentifier());
        data.put(PmoMetadata.CAUSATION_ID, message.getIdentifier());
        return data;
    }

    private static void copy(Message<?> message, String key, Map<String, Object> data) {
        Object value = message.getMetaData().get(key);
        if (value != null) {
            data.put(key, value);
        }
    }
}
