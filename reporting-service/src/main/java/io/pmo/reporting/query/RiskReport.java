package io.pmo.reporting.query;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.pmo.events.common.Money;
import io.pmo.events.risk.AssessmentKind;
import io.pmo.events.risk.Band;

/**
 * One risk as the heat maps count it, from {@code pmo.risk.events}, keyed by the risk id: whose it is (a project
 * or a portfolio: exactly one of the two), whether it is still open, and its current assessment, the latest
 * RESIDUAL one if any, else the latest INHERENT one (null while it was never assessed). {@link RiskHeatmapProjection}
 * keeps it; {@code lastSequence} is the risk's version, {@code sources} the {@code SourceGuard} bookkeeping.
 */
@Document(RiskReport.COLLECTION)
public record RiskReport(@Id String riskId, String tenantId, String projectId, String portfolioId, Status status,
        Assessment assessment, long lastSequence, String lastEventId, Instant lastEventAt,
        @JsonIgnore Map<String, Long> sources) {

    public static final String COLLECTION = "report_risks";

    public RiskReport {
        sources = sources == null ? Map.of() : Map.copyOf(sources);
    }

    /** OPEN from raised until it occurred (it is an issue then) or was closed. */
    public enum Status {
        OPEN, OCCURRED, CLOSED
    }

    /**
     * An assessment on the tenant's 1-5 scales, as risk-service scored and banded it.
     * @param emv null without a cost impact
     */
    public record Assessment(String assessmentId, AssessmentKind kind, int probability, int impact, int score,
            Band band, Money emv) {
    }
}
