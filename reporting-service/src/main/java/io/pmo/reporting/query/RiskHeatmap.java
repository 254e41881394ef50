package io.pmo.reporting.query;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.pmo.events.common.Money;

/**
 * The risk heat map of a project or a portfolio: its open risks counted per cell of the 5x5 probability x impact
 * matrix (at their current assessment, see {@link RiskReport}) and per band, and their exposure, the EMVs summed
 * per currency (there is no exchange rate in the platform). A portfolio's map covers its own risks and those of
 * its candidate projects. Open risks not assessed yet count in {@code openRisks} and {@code unassessed} only.
 * Kept by {@link RiskHeatmapProjection}; {@code _id} is {@code project:<id>} or {@code portfolio:<id>}.
 *
 * <p>{@code inputsVersion} counts the changes of its inputs (a risk, the portfolio's candidates) and
 * {@code computedFrom} is the {@code inputsVersion} the figures were computed at: bookkeeping, not API.
 *
 * @param cells the cells holding at least one open risk, by probability then impact
 * @param exposure per currency, by currency code
 * @param highRisks open risks in band HIGH or CRITICAL (what computed RAG may count)
 * @param updatedAt when one of its inputs last changed
 */
@Document(RiskHeatmap.COLLECTION)
public record RiskHeatmap(@Id String id, String tenantId, Scope scope, String scopeId, int openRisks,
        int unassessed, List<Cell> cells, BandCounts bands, List<Money> exposure, int highRisks, Instant updatedAt,
        @JsonIgnore long inputsVersion, @JsonIgnore long computedFrom) {

    public static final String COLLECTION = "report_risk_heatmaps";

    public RiskHeatmap {
        cells = cells == null ? List.of() : List.copyOf(cells);
        exposure = exposure == null ? List.of() : List.copyOf(exposure);
        bands = bands == null ? BandCounts.NONE : bands;
    }

    /** A project's or a portfolio's map before any risk of it was counted. */
    public static RiskHeatmap empty(String tenantId, Scope scope, String scopeId) {
        return new RiskHeatmap(idOf(scope, scopeId), tenantId, scope, scopeId, 0, 0, List.of(), BandCounts.NONE,
                List.of(), 0, null, 0, 0);
    }

    public static String idOf(Scope scope, String scopeId) {
        return scope.name().toLowerCase() + ":" + scopeId;
    }

    public enum Scope {
        PROJECT, PORTFOLIO
    }

    /** How many open risks sit at {@code probability} x {@code impact}, both 1-5. */
    public record Cell(int probability, int impact, int count) {
    }

    /** Open assessed risks per band. */
    public record BandCounts(int low, int medium, int high, int critical) {

        public static final BandCounts NONE = new BandCounts(0, 0, 0, 0);
    }
}
