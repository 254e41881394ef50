package io.pmo.platform.projects;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

import io.pmo.events.project.ProjectCreated;
import io.pmo.events.project.ProjectManagerAssigned;
import io.pmo.events.project.ProjectRenamed;
import io.pmo.events.project.ProjectStatusChanged;
import io.pmo.platform.consumer.CloudEventConsumer;
import io.pmo.platform.consumer.ReceivedEvent;
import io.pmo.platform.consumer.SourceGuard;
import io.pmo.platform.query.TenantQueries;

/**
 * What a service keeps of {@code pmo.project.events} to refer to projects (CONVENTIONS.md Ownership: "keeps the
 * facts it needs"): each project's tenant, name, status and manager as a {@link KnownProject}. A service adds the
 * handlers to its consumer of the project topic ({@link #handle}) and reads them through {@link KnownProjects}
 * ({@link #queries}). Deduped per project by {@link SourceGuard}; a change of a project whose creation was never
 * applied fails, so the toolkit dead-letters it and parks the project's later events instead of dropping it.
 */
public final class ProjectFacts {

    private ProjectFacts() {
    }

    /** Adds the handlers that keep {@link KnownProject}s to a consumer of {@code pmo.project.events}. */
    public static CloudEventConsumer.Builder handle(CloudEventConsumer.Builder consumer, MongoTemplate mongo) {
        return consumer
                .on(ProjectCreated.class, (event, received) -> SourceGuard.upsert(mongo, KnownProject.class,
                        event.projectId(), new Update().set("tenantId", event.tenantId()).set("name", event.name())
                                .set("status", event.status()), received))
                .on(ProjectRenamed.class, (event, received) -> changed(mongo, event.projectId(),
                        new Update().set("name", event.name()), received))
                .on(ProjectStatusChanged.class, (event, received) -> changed(mongo, event.projectId(),
                        new Update().set("status", event.to()), received))
                .on(ProjectManagerAssigned.class, (event, received) -> changed(mongo, event.projectId(),
                        new Update().set("managerId", event.managerId()), received));
    }

    /** The known projects, always within one tenant. */
    public static KnownProjects queries(TenantQueries queries) {
        return new KnownProjects() {

            @Override
            public Optional<KnownProject> find(String tenantId, String projectId) {
                return queries.findById(tenantId, projectId, KnownProject.class);
            }

            @Override
            public List<KnownProject> findAll(String tenantId, Collection<String> projectIds) {
                return queries.findByKeys(tenantId, "_id", projectIds, KnownProject.class);
            }
        };
    }

    private static void changed(MongoTemplate mongo, String projectId, Update change, ReceivedEvent<?> received) {
        if (!SourceGuard.update(mongo, KnownProject.class, projectId, change, received)
                && mongo.findById(projectId, KnownProject.class) == null) {
            throw new IllegalStateException("Project " + projectId + " changed before this service saw it created");
        }
    }
}
