package io.pmo.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.pmo.events.common.CloudEvent;
import io.pmo.events.common.EventCatalog;
import io.pmo.events.common.PmoJson;
import io.pmo.events.project.ProjectCreated;
import io.pmo.events.project.ProjectEvent;
import io.pmo.events.project.ProjectPlannedDatesChanged;
import io.pmo.events.project.ProjectRenamed;
import io.pmo.events.project.ProjectStatus;
import io.pmo.events.project.ProjectStatusChanged;

/**
 * Test data: project events as project-service publishes them (CloudEvents on {@code pmo.project.events}).
 * Times are whole milliseconds, the precision MongoDB keeps.
 */
public final class ProjectEventsMother {

    public static final String TENANT_A = "tenant-a";

    public static final String TENANT_B = "tenant-b";

    public static final String PRINCIPAL = "user-42";

    public static final String TOPIC = EventCatalog.topic("project");

    public static final Instant T0 = Instant.parse("2026-03-01T09:00:00.123Z");

    public static final Instant RECORDED_AT = Instant.parse("2026-03-01T10:00:00Z");

    public static final LocalDate START = LocalDate.of(2026, 4, 1);

    public static final LocalDate FINISH = LocalDate.of(2026, 12, 31);

    private ProjectEventsMother() {
    }

    public static Clock fixedClock() {
        return Clock.fixed(RECORDED_AT, ZoneOffset.UTC);
    }

    public static String newProjectId() {
        return UUID.randomUUID().toString();
    }

    public static ProjectCreated created(String tenantId, String projectId, String name) {
        return new ProjectCreated(projectId, tenantId, name, START, FINISH, ProjectStatus.PROPOSED);
    }

    public static ProjectRenamed renamed(String tenantId, String projectId, String from, String to) {
        return new ProjectRenamed(projectId, tenantId, from, to);
    }

    public static ProjectPlannedDatesChanged replanned(String tenantId, String projectId, LocalDate start,
            LocalDate finish) {
        return new ProjectPlannedDatesChanged(projectId, tenantId, start, finish);
    }

    public static ProjectStatusChanged statusChanged(String tenantId, String projectId, ProjectStatus from,
            ProjectStatus to) {
        return new ProjectStatusChanged(projectId, tenantId, from, to, null);
    }

    /** The event at its aggregate sequence, published {@code sequence} minutes after {@link #T0}. */
    public static CloudEvent cloudEvent(ProjectEvent event, long sequence) {
        return cloudEvent(event, sequence, T0.plusSeconds(60 * sequence));
    }

    public static CloudEvent cloudEvent(ProjectEvent event, long sequence, Instant time) {
        return new CloudEvent(UUID.randomUUID().toString(), "/pmo/project-service",
                EventCatalog.cloudEventType(event.getClass()), event.projectId(), time, event.tenantId(), PRINCIPAL,
                "corr-" + event.projectId() + "-" + sequence, "cause-" + sequence, sequence,
                PmoJson.mapper().valueToTree(event));
    }

    public static ConsumerRecord<String, byte[]> record(CloudEvent event, long offset) {
        return record(event.subject(), event.toBytes(), offset);
    }

    public static ConsumerRecord<String, byte[]> record(String key, byte[] value, long offset) {
        return new ConsumerRecord<>(TOPIC, 0, offset, key, value);
    }

    /** A structured CloudEvent of a type no catalog knows. */
    public static byte[] unknownTypeBytes(String projectId) {
        CloudEvent known = cloudEvent(created(TENANT_A, projectId, "Unknown"), 0);
        return new CloudEvent(known.id(), known.source(), "io.pmo.project.ProjectTeleported.v1", projectId,
                known.time(), TENANT_A, PRINCIPAL, null, null, 1, known.data()).toBytes();
    }
}
