package io.pmo.reporting.query;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.pmo.events.common.EventCatalog;
import io.pmo.events.common.TenantEvent;
import io.pmo.events.project.ProjectEvent;
import io.pmo.platform.consumer.CloudEventConsumer;

/**
 * reporting-service's consumer group on {@code pmo.project.events}: every event of the topic goes to the audit
 * trail first; project events (only they: not e.g. the tenant's project settings, which concern no project)
 * then go to the project report. The platform's consumer toolkit runs it: offsets are committed after both
 * writes, an event applied already is skipped, and a record that cannot be handled goes to
 * {@code pmo.project.events.reporting-service.dlq} with its reason, parking its project until it is replayed.
 */
@Configuration(proxyBeanMethods = false)
class ProjectEventsConsumer {

    /** The consumer group, also the name in the admin endpoints: {@code /api/v1/admin/consumers/reporting-service/dlq}. */
    static final String GROUP = "reporting-service";

    @Bean
    CloudEventConsumer reportingProjectEvents(AuditLogProjection audit, ProjectReportProjection reports) {
        return CloudEventConsumer.group(GROUP)
                .topic(EventCatalog.topic("project"))
                .on(TenantEvent.class, audit::record)
                .on(ProjectEvent.class, reports::apply)
                .build();
    }
}
