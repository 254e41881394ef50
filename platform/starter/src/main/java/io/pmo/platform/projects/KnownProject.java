package io.pmo.platform.projects;

import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import io.pmo.events.project.ProjectStatus;

/**
 * A project as another context knows it from project-service's events (project-service mints project ids): its
 * tenant, name, status and manager, in the service's own MongoDB.
 *
 * @param managerId a user id; null while nobody manages it
 * @param sources the last applied sequence per source aggregate (the consumer toolkit's dedupe)
 */
@Document(KnownProject.COLLECTION)
public record KnownProject(@Id String projectId, String tenantId, String name, ProjectStatus status,
        String managerId, Map<String, Long> sources) {

    public static final String COLLECTION = "known_projects";

    /** Whether the project is over (completed or cancelled). */
    public boolean closed() {
        return status != null && status.isFinal();
    }
}
