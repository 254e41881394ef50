package io.pmo.events.common;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pmo.events.project.ProjectCreated;
import io.pmo.events.project.ProjectPlannedDatesChanged;
import io.pmo.events.project.ProjectManagerAssigned;
import io.pmo.events.project.ProjectRenamed;
import io.pmo.events.project.ProjectStatus;
import io.pmo.events.project.ProjectStatusChanged;

/** Sample events and CloudEvents, one per published event class. */
final class EventsMother {

    static final String PROJECT_ID = "3f2b8c1e-6a4d-4e8f-9b7a-2c5d1e0f4a6b";

    static final String TENANT_ID = "acme";

    static final String PRINCIPAL = "user-42";

    private static final Map<Class<?>, Supplier<Object>> SAMPLES = Map.of(
            ProjectCreated.class, EventsMother::projectCreated,
            ProjectRenamed.class, EventsMother::projectRenamed,
            ProjectPlannedDatesChanged.class, EventsMother::projectPlannedDatesChanged,
            ProjectStatusChanged.class, EventsMother::projectPutOnHold,
            ProjectManagerAssigned.class, EventsMother::projectHandedOver);

    private EventsMother() {
    }

    static ProjectCreated projectCreated() {
        return new ProjectCreated(PROJECT_ID, TENANT_ID, "Data centre migration", LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 12, 31), ProjectStatus.PROPOSED);
    }

    static ProjectRenamed projectRenamed() {
        return new ProjectRenamed(PROJECT_ID, TENANT_ID, "Data centre migration", "Cloud migration");
    }

    static ProjectPlannedDatesChanged projectPlannedDatesChanged() {
        return new ProjectPlannedDatesChanged(PROJECT_ID, TENANT_ID, LocalDate.of(2026, 4, 1),
                LocalDate.of(2027, 1, 31));
    }

    static ProjectStatusChanged projectPutOnHold() {
        return new ProjectStatusChanged(PROJECT_ID, TENANT_ID, ProjectStatus.ACTIVE, ProjectStatus.ON_HOLD,
                "Waiting for the budget review");
    }

    /** A handover from one project manager to another. */
    static ProjectManagerAssigned projectHandedOver() {
        return new ProjectManagerAssigned(PROJECT_ID, TENANT_ID, "dev-acme-project_manager", PRINCIPAL);
    }

    /** A transition without a reason: {@code reason} is serialised as JSON null. */
    static ProjectStatusChanged projectApproved() {
        return new ProjectStatusChanged(PROJECT_ID, TENANT_ID, ProjectStatus.PROPOSED, ProjectStatus.APPROVED, null);
    }

    static Object sampleOf(Class<?> eventClass) {
        Supplier<Object> sample = SAMPLES.get(eventClass);
        if (sample == null) {
            throw new IllegalArgumentException("No sample for " + eventClass + ": add one to EventsMother");
        }
        return sample.get();
    }

    /** The sample serialised as the published JSON, mutable so a test can break it. */
    static ObjectNode dataOf(Object event) {
        return PmoJson.mapper().valueToTree(event);
    }

    /** The sample in the envelope the Kafka publisher puts around it. */
    static CloudEvent cloudEventOf(Object event) {
        return new CloudEvent("b6f1d7a2-0c3e-4f5a-8d9b-1e2f3a4b5c6d", "/pmo/project-service",
                EventCatalog.cloudEventType(event.getClass()), PROJECT_ID, Instant.parse("2026-03-01T09:15:30.123Z"),
                TENANT_ID, PRINCIPAL, "corr-7f3a", "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", 3, dataOf(event));
    }
}
