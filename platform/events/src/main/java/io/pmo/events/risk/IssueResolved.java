package io.pmo.events.risk;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** An issue was resolved, with how. */
@Revision("1")
public record IssueResolved(String issueId, String tenantId, String resolution, LocalDate resolvedOn)
        implements IssueEvent {
}
