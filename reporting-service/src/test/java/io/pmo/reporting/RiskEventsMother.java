package io.pmo.reporting;

import static io.pmo.reporting.ProjectEventsMother.PRINCIPAL;
import static io.pmo.reporting.ProjectEventsMother.START;
import static io.pmo.reporting.ProjectEventsMother.T0;

import java.util.UUID;

import io.pmo.events.common.CloudEvent;
import io.pmo.events.common.EventCatalog;
import io.pmo.events.common.Money;
import io.pmo.events.common.PmoJson;
import io.pmo.events.risk.AssessmentKind;
import io.pmo.events.risk.Band;
import io.pmo.events.risk.EscalationReason;
import io.pmo.events.risk.RiskAssessed;
import io.pmo.events.risk.RiskClosed;
import io.pmo.events.risk.RiskEscalated;
import io.pmo.events.risk.RiskEvent;
import io.pmo.events.risk.RiskKind;
import io.pmo.events.risk.RiskOccurred;
import io.pmo.events.risk.RiskRaised;
import io.pmo.platform.consumer.ReceivedEvent;

/**
 * Test data: risk events as risk-service publishes them (CloudEvents on {@code pmo.risk.events}, keyed by risk
 * id), one a minute from {@link ProjectEventsMother#T0}. Scores and bands follow a 5x5 matrix whose bands are
 * LOW 1-4, MEDIUM 5-9, HIGH 10-16, CRITICAL 17-25.
 */
public final class RiskEventsMother {

    public static final String TOPIC = EventCatalog.topic("risk");

    private RiskEventsMother() {
    }

    public static String newRiskId() {
        return UUID.randomUUID().toString();
    }

    public static RiskRaised onProject(String tenantId, String riskId, String projectId) {
        return new RiskRaised(riskId, tenantId, projectId, null, RiskKind.THREAT, "Supplier may slip", null,
                "supply", null, null, "owner-1", START.plusDays(30));
    }

    public static RiskRaised onPortfolio(String tenantId, String riskId, String portfolioId) {
        return new RiskRaised(riskId, tenantId, null, portfolioId, RiskKind.THREAT, "Budget freeze", null,
                "finance", null, null, "owner-1", null);
    }

    /** An assessment at {@code probability} x {@code impact}, banded by the mother's matrix; EMV in EUR if given. */
    public static RiskAssessed assessed(String tenantId, String riskId, AssessmentKind kind, int probability,
            int impact, String emv) {
        int score = probability * impact;
        Band band = score >= 17 ? Band.CRITICAL : score >= 10 ? Band.HIGH : score >= 5 ? Band.MEDIUM : Band.LOW;
        Money amount = emv == null ? null : Money.of(emv, "EUR");
        return new RiskAssessed(riskId, tenantId, UUID.randomUUID().toString(), kind, probability, impact, score,
                band, amount, amount, START, null);
    }

    public static RiskEscalated escalated(String tenantId, String riskId) {
        return new RiskEscalated(riskId, tenantId, EscalationReason.values()[0], 16, Band.HIGH, 15);
    }

    public static RiskOccurred occurred(String tenantId, String riskId) {
        return new RiskOccurred(riskId, tenantId, UUID.randomUUID().toString(), START.plusDays(3), "It happened");
    }

    public static RiskClosed closed(String tenantId, String riskId) {
        return new RiskClosed(riskId, tenantId, "passed", START.plusDays(5));
    }

    /** The event at its risk's sequence. */
    public static CloudEvent cloudEvent(RiskEvent event, long sequence) {
        return new CloudEvent(UUID.randomUUID().toString(), "/pmo/risk-service",
                EventCatalog.cloudEventType(event.getClass()), event.riskId(), T0.plusSeconds(60 * sequence),
                event.tenantId(), PRINCIPAL, "corr-" + event.riskId() + "-" + sequence, "cause-" + sequence,
                sequence, PmoJson.mapper().valueToTree(event));
    }

    public static ReceivedEvent<RiskEvent> received(RiskEvent event, long sequence) {
        return ReceivedEvent.of(ProjectEventsMother.GROUP, cloudEvent(event, sequence), event);
    }
}
