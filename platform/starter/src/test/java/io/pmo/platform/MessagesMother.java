package io.pmo.platform;

import java.time.Duration;
import java.time.LocalDate;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;

import io.pmo.events.project.ProjectCreated;
import io.pmo.events.project.ProjectStatus;
import io.pmo.platform.messaging.PmoMetadata;

/** Sample events, metadata and settings for the starter's tests. */
public final class MessagesMother {

    public static final String PROJECT_ID = "3f2b8c1e-6a4d-4e8f-9b7a-2c5d1e0f4a6b";

    public static final String TENANT_ID = "acme";

    public static final String PRINCIPAL = "user-42";

    public static final String CORRELATION_ID = "corr-7f3a";

    public static final String CAUSATION_ID = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

    public static final String SOURCE = "/pmo/project-service";

    private MessagesMother() {
    }

    public static ProjectCreated projectCreated() {
        return new ProjectCreated(PROJECT_ID, TENANT_ID, "Data centre migration", LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 12, 31), ProjectStatus.PROPOSED);
    }

    /** Tenant, principal, correlation and causation, as a command handler's unit of work leaves them. */
    public static MetaData metadata() {
        return new PmoMetadata(TENANT_ID, PRINCIPAL, CORRELATION_ID, CAUSATION_ID).toMetaData();
    }

    /** The payload as the event store hands it to the publisher: of the sample project, with full metadata. */
    public static <T> GenericDomainEventMessage<T> domainEvent(T payload, long sequence) {
        return new GenericDomainEventMessage<>("Project", PROJECT_ID, sequence, payload, metadata());
    }

    /** Settings of a service owning {@code context}, with the publisher's acknowledgement timeout. */
    public static PmoProperties properties(String context, Duration sendTimeout) {
        return new PmoProperties(context, new PmoProperties.Events(null, null, null, sendTimeout, null));
    }
}
