package io.pmo.project.query;

import java.time.LocalDate;
import java.util.List;

/** Where the plans have milestones whose target date passed while they are neither reached nor recorded missed. */
public interface OverdueMilestones {

    /** Each project, of any tenant, with at least one milestone targeted before {@code today} and still open. */
    List<OverdueProject> projectsWithOverdueMilestones(LocalDate today);

    record OverdueProject(String projectId, String tenantId) {
    }
}
