package io.pmo.risk.query;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import io.pmo.events.risk.Severity;

/** An issue: raised directly or from an occurred risk, open until resolved. */
@Document("risk_issues")
public record IssueView(@Id String issueId, String tenantId, String projectId, String portfolioId, String riskId,
        String title, String description, Severity severity, String ownerId, String resolution,
        LocalDate resolvedOn, long version) {
}
