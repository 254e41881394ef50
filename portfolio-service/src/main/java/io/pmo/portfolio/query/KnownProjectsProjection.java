package io.pmo.portfolio.query;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

import io.pmo.events.common.EventCatalog;
import io.pmo.events.project.ProjectCreated;
import io.pmo.events.project.ProjectRenamed;
import io.pmo.events.project.ProjectStatusChanged;
import io.pmo.platform.consumer.CloudEventConsumer;
import io.pmo.platform.consumer.ReceivedEvent;
import io.pmo.platform.consumer.SourceGuard;

/**
 * What portfolio-service keeps of {@code pmo.project.events} (consumer group {@code portfolio-service}): each
 * project's tenant, name and status, in {@link KnownProject}. Deduped per project by the consumer toolkit's
 * {@link SourceGuard}: a redelivered or replayed event changes nothing. A rename or status change of a project
 * whose creation was never applied fails, so the toolkit retries it and then dead-letters it, parking the
 * project's later events, instead of dropping it.
 */
@Configuration(proxyBeanMethods = false)
class KnownProjectsProjection {

    static final String GROUP = "portfolio-service";

    @Bean
    CloudEventConsumer portfolioProjectFacts(MongoTemplate mongo) {
        return CloudEventConsumer.group(GROUP)
                .topic(EventCatalog.topic("project"))
                .on(ProjectCreated.class, (event, received) -> created(mongo, event, received))
                .on(ProjectRenamed.class, (event, received) -> changed(mongo, event.projectId(),
                        new Update().set("name", event.name()), received))
                .on(ProjectStatusChanged.class, (event, received) -> changed(mongo, event.projectId(),
                        new Update().set("status", event.to()), received))
                .build();
    }

    private static void created(MongoTemplate mongo, ProjectCreated event, ReceivedEvent<?> received) {
        SourceGuard.upsert(mongo, KnownProject.class, event.projectId(), new Update()
                .set("tenantId", event.tenantId()).set("name", event.name()).set("status", event.status()), received);
    }

    private static void changed(MongoTemplate mongo, String projectId, Update change, ReceivedEvent<?> received) {
        if (!SourceGuard.update(mongo, KnownProject.class, projectId, change, received)
                && mongo.findById(projectId, KnownProject.class) == null) {
            throw new IllegalStateException("Project " + projectId + " changed before portfolio-service saw it "
                    + "created");
        }
    }
}
