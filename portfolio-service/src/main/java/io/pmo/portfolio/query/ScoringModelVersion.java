package io.pmo.portfolio.query;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import io.pmo.events.portfolio.ScoringCriterion;

/** One version of a portfolio's scoring model, as it was set: never changed afterwards. */
@Document("portfolio_scoring_models")
public record ScoringModelVersion(@Id String id, String portfolioId, String tenantId, int modelVersion,
        List<ScoringCriterion> criteria, Instant changedAt) {

    public static String idOf(String portfolioId, int modelVersion) {
        return portfolioId + ":" + modelVersion;
    }
}
