package io.pmo.risk.command;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

import io.pmo.events.common.EventCatalog;
import io.pmo.events.project.ProjectStatusChanged;
import io.pmo.platform.consumer.CloudEventConsumer;
import io.pmo.platform.consumer.ReactionMetadata;
import io.pmo.platform.consumer.ReceivedEvent;
import io.pmo.platform.projects.KnownProjects;
import io.pmo.platform.projects.ProjectFacts;
import io.pmo.platform.query.TenantQueries;
import io.pmo.risk.command.RiskCommands.CloseProjectRisk;
import io.pmo.risk.query.RiskQueries;

/**
 * risk-service's consumer of {@code pmo.project.events} (group {@code risk-service}): the platform's
 * {@link ProjectFacts} (what raising a risk checks), and, when a project is COMPLETED or CANCELLED, a local command
 * closing each of its open risks with the reason; each command's id derives from the CloudEvent and the risk, so a
 * redelivery changes nothing.
 */
@Configuration(proxyBeanMethods = false)
class ProjectReactions {

    static final String GROUP = "risk-service";

    @Bean
    CloudEventConsumer riskProjectEvents(MongoTemplate mongo, CommandGateway commands, RiskQueries risks) {
        return ProjectFacts.handle(CloudEventConsumer.group(GROUP).topic(EventCatalog.topic("project")), mongo)
                .on(ProjectStatusChanged.class, (event, received) -> close(commands, risks, event, received))
                .build();
    }

    @Bean
    KnownProjects knownProjects(TenantQueries queries) {
        return ProjectFacts.queries(queries);
    }

    private static void close(CommandGateway commands, RiskQueries risks, ProjectStatusChanged event,
            ReceivedEvent<?> received) {
        if (!event.to().isFinal()) {
            return;
        }
        String reason = "Project " + event.to().name().toLowerCase();
        for (String riskId : risks.openRisksOf(event.tenantId(), event.projectId())) {
            commands.sendAndWait(new CloseProjectRisk(riskId, reason), MetaData.from(ReactionMetadata.of(received,
                    CloseProjectRisk.class, riskId)));
        }
    }
}
