package io.pmo.project.command;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.pmo.events.common.EventCatalog;
import io.pmo.events.portfolio.FundingApproved;
import io.pmo.platform.consumer.CloudEventConsumer;
import io.pmo.platform.consumer.ReactionMetadata;
import io.pmo.platform.consumer.ReceivedEvent;
import io.pmo.project.command.ProjectCommands.ApproveFundedProject;

/**
 * project-service's reactions to other contexts, as consumer group {@code project-service}: portfolio-service's
 * {@code FundingApproved} becomes a local {@link ApproveFundedProject} command. Its command id is derived from
 * the CloudEvent id, so a redelivered event is a no-op (the platform recorded the id with the first one's
 * events). A project that does not exist, or belongs to another tenant, fails the command: after the retries
 * the event goes to {@code pmo.portfolio.events.project-service.dlq}, where an admin sees and replays it.
 */
@Configuration(proxyBeanMethods = false)
class FundingReactions {

    static final String GROUP = "project-service";

    @Bean
    CloudEventConsumer projectReactions(CommandGateway commands) {
        return CloudEventConsumer.group(GROUP)
                .topic(EventCatalog.topic("portfolio"))
                .on(FundingApproved.class, (event, received) -> approve(commands, event, received))
                .build();
    }

    private static void approve(CommandGateway commands, FundingApproved event, ReceivedEvent<?> received) {
        commands.sendAndWait(new ApproveFundedProject(event.projectId(), event.portfolioId(), event.decisionId()),
                MetaData.from(ReactionMetadata.of(received, ApproveFundedProject.class)));
    }
}
