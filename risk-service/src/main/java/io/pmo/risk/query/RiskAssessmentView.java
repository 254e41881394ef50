package io.pmo.risk.query;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import io.pmo.events.common.Money;
import io.pmo.events.risk.AssessmentKind;
import io.pmo.events.risk.Band;

/** One assessment of a risk, as it was given: the history of its scores. */
@Document("risk_assessments")
public record RiskAssessmentView(@Id String assessmentId, String riskId, String tenantId, AssessmentKind kind,
        int probability, int impact, int score, Band band, Money costImpact, Money emv, LocalDate assessedOn,
        String note, String assessedBy, Instant recordedAt, long sequence) {
}
