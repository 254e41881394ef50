package io.pmo.reporting.query;

import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.pmo.events.common.CloudEvent;
import io.pmo.events.common.EventCatalog;
import io.pmo.events.project.ProjectEvent;

/**
 * Feeds the read models from {@code pmo.project.events}: the audit trail first, then the project report.
 * The container commits a record's offset only after this method returned (ack mode RECORD), so a record is
 * acknowledged only once both writes are done. A record that throws is retried by the container's error
 * handler; both writes are idempotent, so a retry repeats nothing.
 *
 * <p>A record that can never be handled (not a CloudEvent, an unknown type, data that does not fit its type)
 * is logged at WARN and skipped, so the partition keeps moving; a later issue sends it to a dead-letter topic.
 */
@Component
public class ProjectEventsListener {

    private static final Logger log = LoggerFactory.getLogger(ProjectEventsListener.class);

    private final AuditLogProjection audit;

    private final ProjectReportProjection reports;

    public ProjectEventsListener(AuditLogProjection audit, ProjectReportProjection reports) {
        this.audit = audit;
        this.reports = reports;
    }

    @KafkaListener(id = "reporting-project-events", idIsGroup = false,
            topics = "#{T(io.pmo.events.common.EventCatalog).topic('project')}",
            autoStartup = "${pmo.reporting.consumer.auto-startup:true}")
    public void onMessage(ConsumerRecord<String, byte[]> record) {
        Optional<ProjectMessage> message = read(record);
        if (message.isEmpty()) {
            return;
        }
        CloudEvent envelope = message.get().envelope();
        ProjectEvent event = message.get().event();
        audit.record(envelope, event);
        reports.apply(envelope, event);
    }

    private record ProjectMessage(CloudEvent envelope, ProjectEvent event) {
    }

    private static Optional<ProjectMessage> read(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            return skip(record, "it has no value");
        }
        CloudEvent envelope;
        try {
            envelope = CloudEvent.parse(record.value());
        }
        catch (IllegalArgumentException ex) {
            return skip(record, ex.getMessage());
        }
        Optional<Class<?>> type = EventCatalog.forType(envelope.type());
        if (type.isEmpty()) {
            return skip(record, "unknown CloudEvents type " + envelope.type() + " (event " + envelope.id() + ")");
        }
        if (!ProjectEvent.class.isAssignableFrom(type.get())) {
            return skip(record, envelope.type() + " is not an event of the project context");
        }
        if (envelope.aggregatesequence() < 0) {
            return skip(record, "event " + envelope.id() + " has no aggregatesequence");
        }
        ProjectEvent event;
        try {
            event = (ProjectEvent) envelope.dataAs(type.get());
        }
        catch (IllegalArgumentException ex) {
            return skip(record, ex.getMessage());
        }
        if (event.projectId() == null || event.tenantId() == null) {
            return skip(record, "event " + envelope.id() + " names no project or tenant");
        }
        return Optional.of(new ProjectMessage(envelope, event));
    }

    private static Optional<ProjectMessage> skip(ConsumerRecord<String, byte[]> record, String reason) {
        log.warn("Skipping record {}-{}@{} (key {}): {}", record.topic(), record.partition(), record.offset(),
                record.key(), reason);
        return Optional.empty();
    }
}
