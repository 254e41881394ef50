package io.pmo.resource.command;

import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

import io.pmo.events.common.EventCatalog;
import io.pmo.events.project.ProjectStatus;
import io.pmo.events.project.ProjectStatusChanged;
import io.pmo.platform.consumer.CloudEventConsumer;
import io.pmo.platform.consumer.ReactionMetadata;
import io.pmo.platform.consumer.ReceivedEvent;
import io.pmo.platform.projects.KnownProjects;
import io.pmo.platform.projects.ProjectFacts;
import io.pmo.platform.query.TenantQueries;
import io.pmo.resource.command.ResourceCommands.ReleaseProjectAllocations;
import io.pmo.resource.command.ResourceCommands.ResumeProjectAllocations;
import io.pmo.resource.command.ResourceCommands.SuspendProjectAllocations;
import io.pmo.resource.query.ProjectAllocations;

/**
 * resource-service's consumer of {@code pmo.project.events} (group {@code resource-service}): it keeps the
 * platform's {@link ProjectFacts} (read as {@link KnownProjects} by an allocation request), and reacts to a
 * project's status with a local command on each resource that holds allocations of it: COMPLETED or CANCELLED
 * releases them from today, ON_HOLD suspends them, ACTIVE again resumes them. Each command's id is derived from
 * the CloudEvent and the resource, so a redelivered event changes nothing.
 */
@Configuration(proxyBeanMethods = false)
class ProjectReactions {

    static final String GROUP = "resource-service";

    @Bean
    CloudEventConsumer resourceProjectEvents(MongoTemplate mongo, CommandGateway commands,
            ProjectAllocations allocations) {
        return ProjectFacts.handle(CloudEventConsumer.group(GROUP).topic(EventCatalog.topic("project")), mongo)
                .on(ProjectStatusChanged.class, (event, received) -> react(commands, allocations, event, received))
                .build();
    }

    /** The facts kept above, which an allocation request and its confirmation ask about the project. */
    @Bean
    KnownProjects knownProjects(TenantQueries queries) {
        return ProjectFacts.queries(queries);
    }

    private static void react(CommandGateway commands, ProjectAllocations allocations, ProjectStatusChanged event,
            ReceivedEvent<?> received) {
        List<String> resources = allocations.resourcesOf(event.tenantId(), event.projectId());
        for (String resourceId : resources) {
            Object command = switch (event.to()) {
                case COMPLETED, CANCELLED -> new ReleaseProjectAllocations(resourceId, event.projectId(),
                        "Project " + event.to().name().toLowerCase());
                case ON_HOLD -> new SuspendProjectAllocations(resourceId, event.projectId(), "Project on hold");
                case ACTIVE -> event.from() == ProjectStatus.ON_HOLD
                        ? new ResumeProjectAllocations(resourceId, event.projectId()) : null;
                default -> null;
            };
            if (command != null) {
                commands.sendAndWait(command, MetaData.from(ReactionMetadata.of(received, command.getClass(),
                        resourceId)));
            }
        }
    }
}
