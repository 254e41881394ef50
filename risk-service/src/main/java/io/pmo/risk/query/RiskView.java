package io.pmo.risk.query;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import io.pmo.events.common.Money;
import io.pmo.events.risk.Band;
import io.pmo.events.risk.EscalationReason;
import io.pmo.events.risk.ResponseStrategy;
import io.pmo.events.risk.RiskKind;
import io.pmo.events.risk.RiskStatus;

/**
 * A risk as the register shows it: what and whose it is, its status, the latest inherent and residual scores, the
 * response and its actions, the escalation and the issue it became. Every assessment is kept apart as a
 * {@link RiskAssessmentView} (the history of scores). {@code version} follows every event of the risk.
 */
@Document("risk_views")
public record RiskView(@Id String riskId, String tenantId, String projectId, String portfolioId, RiskKind kind,
        String title, String description, String category, String cause, String effect, String ownerId,
        LocalDate proximity, RiskStatus status, Score inherent, Score residual, ResponseStrategy strategy,
        String response, List<Action> actions, EscalationReason escalated, String issueId, String closedReason,
        long version) {

    /** An assessment's figures. */
    public record Score(int probability, int impact, int score, Band band, Money emv, LocalDate assessedOn) {
    }

    /** A mitigation action and where it stands. */
    public record Action(String actionId, String title, String ownerId, LocalDate dueDate, LocalDate completedOn,
            boolean overdue) {
    }
}
