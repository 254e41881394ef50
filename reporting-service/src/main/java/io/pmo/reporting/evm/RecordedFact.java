package io.pmo.reporting.evm;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What progress and cost facts share: an id, the fact a correction corrects ({@code null} for an original fact)
 * and when it was recorded. Resolving corrections is the same for both.
 */
sealed interface RecordedFact permits ProgressFact, CostFact {

    String factId();

    String correctsFactId();

    Instant recordedAt();

    /**
     * The facts known at {@code asOf} ({@code null}: all of them) with their current values: every original fact
     * recorded by then, replaced by its last correction recorded by then. The result keeps the order in which the
     * original facts were recorded (by {@code recordedAt}, then list order), the tie-breaker between two facts
     * with the same effective date.
     *
     * @throws IllegalArgumentException if a correction refers to a fact that is not among {@code facts}
     */
    static <F extends RecordedFact> List<F> current(List<F> facts, Instant asOf) {
        List<F> recorded = new ArrayList<>(facts);
        recorded.sort(Comparator.comparing(RecordedFact::recordedAt));
        Map<String, F> byOriginal = new LinkedHashMap<>();
        for (F fact : recorded) {
            if (asOf != null && fact.recordedAt().isAfter(asOf)) {
                continue;
            }
            if (fact.correctsFactId() == null) {
                byOriginal.putIfAbsent(fact.factId(), fact);
            } else if (byOriginal.containsKey(fact.correctsFactId())) {
                byOriginal.put(fact.correctsFactId(), fact);
            } else {
                throw new IllegalArgumentException("Fact " + fact.factId() + " corrects fact "
                        + fact.correctsFactId() + ", which was not recorded before it");
            }
        }
        return List.copyOf(byOriginal.values());
    }
}
