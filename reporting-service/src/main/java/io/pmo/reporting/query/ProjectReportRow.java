package io.pmo.reporting.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.pmo.events.project.ProjectStatus;
import io.pmo.events.project.Rag;
import io.pmo.reporting.rag.ComputedRag;

/**
 * A project as reports show it. {@code lastSequence} is the sequence of the project's last applied event
 * (its version, the API's ETag); {@code lastEventId}, {@code lastEventAt} and {@code correlationId} say which
 * event built the row last, {@code updatedAt} when reporting applied it; {@code managerId} is the user who manages
 * the project (null while nobody does). {@code sources} is the last applied
 * sequence per source aggregate ({@code SourceGuard}); today the project is the row's only source, so it holds
 * {@code lastSequence} under the project id, and it is bookkeeping, not part of the API.
 *
 * <p>The dashboard fields: {@code reportedRag}, the status report with the latest status date (not the last
 * filed: a late report about an earlier date does not hide a newer one); {@code missedMilestones}, how many
 * milestones were missed; {@code baselineFinish}, the performance baseline's finish, to compare with
 * {@code plannedFinish}; {@code evm}, the earned-value snapshot; {@code computedRag}, the ratings of the tenant's
 * RAG definition, naming its version ({@link DashboardProjection} keeps the last three, and
 * {@code dashboardSequence}, the project version they were computed at).
 */
@Document(ProjectReportRow.COLLECTION)
public record ProjectReportRow(@Id String projectId, String tenantId, String name, LocalDate plannedStart,
        LocalDate plannedFinish, ProjectStatus status, String managerId, long lastSequence, String lastEventId, Instant lastEventAt,
        Instant updatedAt, String correlationId, @JsonIgnore Map<String, Long> sources, ReportedRag reportedRag,
        Integer missedMilestones, LocalDate baselineFinish, EvmSnapshot evm, ComputedRag computedRag,
        @JsonIgnore Long dashboardSequence) {

    /** A row written before its first missed milestone or dashboard computation has neither field: 0 and -1. */
    public ProjectReportRow {
        missedMilestones = missedMilestones == null ? 0 : missedMilestones;
        dashboardSequence = dashboardSequence == null ? -1 : dashboardSequence;
    }

    public static final String COLLECTION = "report_projects";

    /** The project manager's reported RAG per dimension, from the status report of the latest status date. */
    public record ReportedRag(String reportId, LocalDate statusDate, Rag schedule, Rag cost, Rag scope, Rag risk,
            String summary) {
    }
}
