package io.pmo.events.risk;

import org.axonframework.serialization.Revision;

/**
 * An issue: something that happened and must be dealt with, raised directly or from an occurred risk.
 *
 * @param projectId null when it belongs to a portfolio
 * @param portfolioId null when it belongs to a project
 * @param riskId the risk it came from; null when raised directly
 * @param ownerId a user id
 */
@Revision("1")
public record IssueRaised(String issueId, String tenantId, String projectId, String portfolioId, String riskId,
        String title, String description, Severity severity, String ownerId) implements IssueEvent {
}
