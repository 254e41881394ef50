package io.pmo.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.pmo.events.common.CloudEvent;
import io.pmo.events.common.EventCatalog;
import io.pmo.events.common.PmoJson;
import io.pmo.events.project.MilestoneMissed;
import io.pmo.events.project.ProjectCreated;
import io.pmo.events.project.ProjectEvent;
import io.pmo.events.project.ProjectSettingsEvent;
import io.pmo.events.project.ProjectPlannedDatesChanged;
import io.pmo.events.project.ProjectRenamed;
import io.pmo.events.project.ProjectStatus;
import io.pmo.events.project.ProjectStatusChanged;
import io.pmo.events.project.Rag;
import io.pmo.events.project.StatusReportFiled;
import io.pmo.platform.consumer.ReceivedEvent;

/**
 * Test data: project events as project-service publishes them (CloudEvents on {@code pmo.project.events}).
 * Times are whole milliseconds, the precision MongoDB keeps.
 */
public final class ProjectEventsMother {

    public static final String TENANT_A = "tenant-a";

    public static final String TENANT_B = "tenant-b";

    public static final String PRINCIPAL = "user-42";

    public static final String TOPIC = EventCatalog.topic("project");

    public static final String GROUP = "reporting-service";

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

    /** A tenant's project settings event at its settings aggregate's sequence, keyed by the settings id. */
    public static CloudEvent cloudEvent(ProjectSettingsEvent event, long sequence) {
        return new CloudEvent(UUID.randomUUID().toString(), "/pmo/project-service",
                EventCatalog.cloudEventType(event.getClass()), event.settingsId(), T0.plusSeconds(60 * sequence),
                event.tenantId(), PRINCIPAL, "corr-" + event.settingsId() + "-" + sequence, "cause-" + sequence,
                sequence, PmoJson.mapper().valueToTree(event));
    }

    /** The event as the consumer toolkit hands it to reporting-service's handlers. */
    public static ReceivedEvent<ProjectEvent> received(CloudEvent envelope, ProjectEvent event) {
        return ReceivedEvent.of(GROUP, envelope, event);
    }

    public static ConsumerRecord<String, byte[]> record(CloudEvent event, long offset) {
        return record(event.subject(), event.toBytes(), offset);
    }

    public static ConsumerRecord<String, byte[]> record(String key, byte[] value, long offset) {
        return new ConsumerRecord<>(TOPIC, 0, offset, key, value);
    }

    /**
     * A project's history of {@code length} events, sequences 0 to length - 1: created, then renames, re-plans
     * and status changes in turn, each event's time one minute after the previous.
     */
    public static List<CloudEvent> history(String tenantId, String projectId, int length) {
        List<CloudEvent> events = new ArrayList<>();
        String name = "Project " + projectId.substring(0, 8);
        events.add(cloudEvent(created(tenantId, projectId, name), 0));
        ProjectStatus[] lifecycle = { ProjectStatus.PROPOSED, ProjectStatus.APPROVED, ProjectStatus.ACTIVE,
                ProjectStatus.ON_HOLD };
        for (int sequence = 1; sequence < length; sequence++) {
            ProjectEvent event = switch (sequence % 3) {
                case 1 -> renamed(tenantId, projectId, name, name = name + " v" + sequence);
                case 2 -> replanned(tenantId, projectId, START.plusDays(sequence), FINISH.plusDays(sequence));
                default -> statusChanged(tenantId, projectId, lifecycle[(sequence / 3 - 1) % 4],
                        lifecycle[(sequence / 3) % 4]);
            };
            events.add(cloudEvent(event, sequence));
        }
        return events;
    }

    /**
     * A project's dashboard history, sequences 0 to 4: created; a status report as of {@code START + 14} (red
     * schedule); a later-filed report about an earlier date ({@code START + 7}, all green), which must not replace
     * it; two missed milestones.
     */
    public static List<CloudEvent> dashboardHistory(String tenantId, String projectId) {
        return List.of(cloudEvent(created(tenantId, projectId, "Dashboard " + projectId.substring(0, 8)), 0),
                cloudEvent(new StatusReportFiled(projectId, tenantId, "r1-" + projectId, START.plusDays(14), Rag.RED,
                        Rag.GREEN, Rag.AMBER, Rag.GREEN, "Build slipped"), 1),
                cloudEvent(new StatusReportFiled(projectId, tenantId, "r2-" + projectId, START.plusDays(7),
                        Rag.GREEN, Rag.GREEN, Rag.GREEN, Rag.GREEN, "Late report of week one"), 2),
                cloudEvent(new MilestoneMissed(projectId, tenantId, "m1", START.plusDays(10), START.plusDays(11)), 3),
                cloudEvent(new MilestoneMissed(projectId, tenantId, "m2", START.plusDays(12), START.plusDays(13)), 4));
    }

    /** A structured CloudEvent of a type no catalog knows. */
    public static byte[] unknownTypeBytes(String projectId) {
        CloudEvent known = cloudEvent(created(TENANT_A, projectId, "Unknown"), 0);
        return new CloudEvent(known.id(), known.source(), "io.pmo.project.ProjectTeleported.v1", projectId,
                known.time(), TENANT_A, PRINCIPAL, null, null, 1, known.data()).toBytes();
    }
}
