package io.pmo.events.portfolio;

import java.util.Map;
import java.util.TreeMap;

import org.axonframework.serialization.Revision;

/**
 * A scorer rated a candidate on every criterion of a scoring model version. It replaces that scorer's earlier
 * ratings of the same criteria; ratings under other versions stay in the history.
 *
 * @param scorerId a user id
 * @param ratings criterion key to a point of that criterion's scale, in key order
 */
@Revision("1")
public record CandidateScored(String portfolioId, String tenantId, String projectId, String scorerId,
        int modelVersion, Map<String, Integer> ratings) implements PortfolioEvent {

    public CandidateScored {
        ratings = ratings == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(ratings));
    }
}
