package io.pmo.events.portfolio;

import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * The portfolio's scoring model got a new version (1 for the first). Earlier versions stay as they were: every
 * score names the version it was given under, and a ranking under an earlier version reads the same forever.
 */
@Revision("1")
public record ScoringModelChanged(String portfolioId, String tenantId, int modelVersion,
        List<ScoringCriterion> criteria) implements PortfolioEvent {

    public ScoringModelChanged {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }
}
