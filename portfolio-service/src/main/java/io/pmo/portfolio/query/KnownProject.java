package io.pmo.portfolio.query;

import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import io.pmo.events.project.ProjectStatus;

/**
 * A project as portfolio-service knows it from project-service's events: its name and status.
 *
 * @param sources the last applied sequence per source aggregate (the consumer toolkit's dedupe)
 */
@Document("portfolio_known_projects")
public record KnownProject(@Id String projectId, String tenantId, String name, ProjectStatus status,
        Map<String, Long> sources) {

    /** Whether the project is over (completed or cancelled): it can no longer become a candidate. */
    public boolean closed() {
        return status != null && status.isFinal();
    }
}
