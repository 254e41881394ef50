package io.pmo.reporting.query;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.pmo.events.common.EventCatalog;
import io.pmo.events.common.TenantEvent;
import io.pmo.events.portfolio.PortfolioEvent;
import io.pmo.events.project.ProjectEvent;
import io.pmo.events.resource.ResourceEvent;
import io.pmo.events.risk.RiskEvent;
import io.pmo.platform.consumer.CloudEventConsumer;

/**
 * reporting-service's consumer group on {@code pmo.project.events}, {@code pmo.portfolio.events} and
 * {@code pmo.resource.events}: every event of the three topics goes to the audit trail first; project events (only they:
 * not e.g. the tenant's project settings, which concern no project) then go to the project report and to the
 * earned-value inputs, then to the dashboard, which is computed from those two, and last to the portfolio roll-up,
 * which sums the dashboards of a portfolio's candidates; portfolio events (not the tenant's portfolio settings) go
 * to the roll-up. The earned-value inputs share this group rather than reading the topic again in a group of their
 * own: both read models then move through the same project versions together (a {@code ?minVersion=} read of either
 * waits for the same event), one dead-letter topic and one admin endpoint cover them, and the topic is read once.
 * The price: a failure of either parks the project for both, which is what a reader wants anyway (a report row
 * ahead of its earned value would disagree with it). The portfolio topic joins the same group for the roll-up,
 * which is fed by both topics and must not depend on which arrives first (see {@link PortfolioRollupProjection}):
 * one group keeps one admin endpoint; dedupe and parking are per aggregate, so a parked portfolio holds back none
 * of its projects. The platform's consumer toolkit runs it: offsets are committed after the writes, an event
 * applied already is skipped, and a record that cannot be handled goes to {@code <topic>.reporting-service.dlq}
 * with its reason, parking its project or portfolio until it is replayed.
 *
 * <p>{@code pmo.resource.events} joins the group for the same reasons: its events are audited like every tenant
 * event (the tenant's resource settings too), then go to the resource costs of projects and last to the
 * utilisation weeks, whose handler also writes the resource's version, so that a {@code ?minVersion=} read of a
 * resource finds both read models at that version. A parked resource holds back no project or portfolio.
 *
 * <p>{@code pmo.risk.events} joins it too: every event of the topic is audited (issues, decisions and the tenant's
 * risk settings as well); a risk's events then go to its {@link RiskReport} and the heat maps of its project and
 * portfolio ({@link RiskHeatmapProjection}), then to the project's computed RAG, which may count its open HIGH risks
 * ({@link DashboardProjection#applyRisk}), and last to the portfolio roll-up, which counts those ratings. A
 * portfolio's new candidate also recounts the portfolio's heat map, after the roll-up saved the membership. A
 * parked risk holds back no project, portfolio or resource.
 *
 * <p>The group declares every collection its handlers build, so that it can be rebuilt from offset 0 into fresh
 * collections and swapped in ({@code POST /api/v1/admin/consumers/reporting-service/rebuilds}); the RAG
 * definitions are an input it only reads (its own Axon processor builds them from reporting's event store).
 * {@link ProjectReportRow}, {@link PortfolioRollup} and {@link RagResult} are also written by the
 * {@code rag-results} processor when a tenant defines new thresholds: a definition made while a rebuild runs may
 * be lost for the rows the rebuild had passed (they take it with their next event); define none meanwhile.
 */
@Configuration(proxyBeanMethods = false)
class ProjectEventsConsumer {

    /** The consumer group, also the name in the admin endpoints: {@code /api/v1/admin/consumers/reporting-service/dlq}. */
    static final String GROUP = "reporting-service";

    @Bean
    CloudEventConsumer reportingProjectEvents(AuditLogProjection audit, ProjectReportProjection reports,
            EvmInputsProjection evm, DashboardProjection dashboard, PortfolioRollupProjection portfolios,
            ResourceCostProjection resourceCosts, UtilizationProjection utilization, RiskHeatmapProjection risks) {
        return CloudEventConsumer.group(GROUP)
                .topic(EventCatalog.topic("project"))
                .topic(EventCatalog.topic("portfolio"))
                .topic(EventCatalog.topic("resource"))
                .topic(EventCatalog.topic("risk"))
                .on(TenantEvent.class, audit::record)
                .on(ProjectEvent.class, reports::apply)
                .on(ProjectEvent.class, evm::apply)
                .on(ProjectEvent.class, dashboard::apply)
                .on(ProjectEvent.class, portfolios::applyProject)
                .on(PortfolioEvent.class, portfolios::apply)
                .on(PortfolioEvent.class, risks::applyPortfolio)
                .on(ResourceEvent.class, resourceCosts::apply)
                .on(ResourceEvent.class, utilization::apply)
                .on(RiskEvent.class, risks::apply)
                .on(RiskEvent.class, dashboard::applyRisk)
                .on(RiskEvent.class, portfolios::applyRisk)
                .readModels(AuditEntry.COLLECTION, ProjectReportRow.COLLECTION, EvmInputs.COLLECTION,
                        RagResult.COLLECTION, PortfolioRollup.COLLECTION, PortfolioMembership.COLLECTION,
                        ResourceProfile.COLLECTION, AllocationCost.COLLECTION, ResourceCostWeek.COLLECTION,
                        UtilizationWeek.COLLECTION, RiskReport.COLLECTION, RiskHeatmap.COLLECTION)
                .reads(RagDefinitionVersion.COLLECTION)
                .build();
    }
}
