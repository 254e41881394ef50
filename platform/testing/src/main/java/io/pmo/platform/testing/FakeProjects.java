package io.pmo.platform.testing;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.pmo.platform.projects.KnownProject;
import io.pmo.platform.projects.KnownProjects;

/** The projects a service knows, in memory, for aggregate fixture tests: each within its own tenant. */
public class FakeProjects implements KnownProjects {

    private final Map<String, KnownProject> projects = new LinkedHashMap<>();

    public FakeProjects(KnownProject... projects) {
        for (KnownProject project : projects) {
            this.projects.put(project.projectId(), project);
        }
    }

    @Override
    public Optional<KnownProject> find(String tenantId, String projectId) {
        return Optional.ofNullable(projects.get(projectId)).filter(project -> project.tenantId().equals(tenantId));
    }

    @Override
    public List<KnownProject> findAll(String tenantId, Collection<String> projectIds) {
        return projectIds.stream().flatMap(id -> find(tenantId, id).stream()).toList();
    }
}
