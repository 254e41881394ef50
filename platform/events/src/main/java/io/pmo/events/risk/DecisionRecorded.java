package io.pmo.events.risk;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;

import io.pmo.events.common.TenantEvent;

/**
 * An entry of the decisions log: who decided what, when and why, linked to risks and issues. One aggregate per
 * decision, keyed by decision id on {@code pmo.risk.events}.
 *
 * @param decidedBy a user id
 * @param projectId null when the decision belongs to a portfolio
 * @param portfolioId null when it belongs to a project
 */
@Revision("1")
public record DecisionRecorded(String decisionId, String tenantId, String projectId, String portfolioId,
        String title, String decision, String rationale, String decidedBy, LocalDate decidedOn, List<String> riskIds,
        List<String> issueIds) implements TenantEvent {

    public DecisionRecorded {
        riskIds = riskIds == null ? List.of() : List.copyOf(riskIds);
        issueIds = issueIds == null ? List.of() : List.copyOf(issueIds);
    }

    @Override
    public String aggregateId() {
        return decisionId;
    }
}
