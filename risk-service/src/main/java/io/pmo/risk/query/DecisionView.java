package io.pmo.risk.query;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An entry of the decisions log. */
@Document("risk_decisions")
public record DecisionView(@Id String decisionId, String tenantId, String projectId, String portfolioId, String title,
        String decision, String rationale, String decidedBy, LocalDate decidedOn, List<String> riskIds,
        List<String> issueIds, long version) {
}
