package io.pmo.portfolio.query;

import java.util.List;

/** A portfolio's candidates ranked under one model version, by weighted score or by WSJF. */
public record CandidateRanking(String portfolioId, Integer modelVersion, String by, List<RankedCandidate> candidates) {
}
