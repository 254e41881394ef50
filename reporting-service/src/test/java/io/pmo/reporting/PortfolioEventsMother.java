package io.pmo.reporting;

import static io.pmo.reporting.ProjectEventsMother.PRINCIPAL;
import static io.pmo.reporting.ProjectEventsMother.T0;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.pmo.events.common.CloudEvent;
import io.pmo.events.common.EventCatalog;
import io.pmo.events.common.Money;
import io.pmo.events.common.PmoJson;
import io.pmo.events.portfolio.BudgetEnvelopeSet;
import io.pmo.events.portfolio.CandidateProposed;
import io.pmo.events.portfolio.FundingApproved;
import io.pmo.events.portfolio.PortfolioCreated;
import io.pmo.events.portfolio.PortfolioEvent;

/**
 * Test data: portfolio events as portfolio-service publishes them (CloudEvents on {@code pmo.portfolio.events},
 * keyed by portfolio id), one a minute from {@link ProjectEventsMother#T0}.
 */
public final class PortfolioEventsMother {

    public static final String TOPIC = EventCatalog.topic("portfolio");

    private PortfolioEventsMother() {
    }

    public static String newPortfolioId() {
        return UUID.randomUUID().toString();
    }

    public static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    public static PortfolioCreated created(String tenantId, String portfolioId, String name, String currency) {
        return new PortfolioCreated(portfolioId, tenantId, name, "All of " + name, "owner-1", currency);
    }

    public static BudgetEnvelopeSet envelope(String tenantId, String portfolioId, int fiscalYear, String amount) {
        return new BudgetEnvelopeSet(portfolioId, tenantId, fiscalYear, eur(amount));
    }

    public static CandidateProposed candidate(String tenantId, String portfolioId, String projectId, int fiscalYear) {
        return new CandidateProposed(portfolioId, tenantId, projectId, null, fiscalYear, eur("10000.00"), null,
                "idea");
    }

    public static FundingApproved funding(String tenantId, String portfolioId, String projectId, String amount,
            LocalDate decidedOn) {
        return new FundingApproved(portfolioId, tenantId, "decision-" + UUID.randomUUID(), projectId, eur(amount),
                decidedOn);
    }

    /** The event at its portfolio's sequence. */
    public static CloudEvent cloudEvent(PortfolioEvent event, long sequence) {
        return new CloudEvent(UUID.randomUUID().toString(), "/pmo/portfolio-service",
                EventCatalog.cloudEventType(event.getClass()), event.portfolioId(), T0.plusSeconds(60 * sequence),
                event.tenantId(), PRINCIPAL, "corr-" + event.portfolioId() + "-" + sequence, "cause-" + sequence,
                sequence, PmoJson.mapper().valueToTree(event));
    }

    /** The events as a history of one portfolio: sequences 0 to n - 1, in the order given. */
    public static List<CloudEvent> history(List<? extends PortfolioEvent> events) {
        List<CloudEvent> history = new ArrayList<>();
        for (int sequence = 0; sequence < events.size(); sequence++) {
            history.add(cloudEvent(events.get(sequence), sequence));
        }
        return history;
    }

    /** The record a CloudEvent of the catalog carries, as the consumer toolkit binds it. */
    public static Object record(CloudEvent envelope) {
        try {
            return PmoJson.mapper().treeToValue(envelope.data(), EventCatalog.forType(envelope.type()).orElseThrow());
        }
        catch (Exception ex) {
            throw new AssertionError(ex);
        }
    }
}
