package io.pmo.reporting.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Which portfolio holds a project as its candidate (a project is a candidate of at most one portfolio), keyed by
 * the project id: a project's change finds the {@link PortfolioRollup} to recompute with one key lookup.
 */
@Document(PortfolioMembership.COLLECTION)
public record PortfolioMembership(@Id String projectId, String tenantId, String portfolioId) {

    public static final String COLLECTION = "report_portfolio_members";
}
