package io.pmo.reporting.rag;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Computed RAG from explicit rules, plain Java: schedule from SPI, cost from CPI, milestones from the number
 * missed, each against a versioned {@link RagThresholds}; the result names the version.
 */
public final class RagRules {

    private RagRules() {
    }

    /**
     * @param spi the schedule performance index, null when undefined (no planned value yet)
     * @param cpi the cost performance index, null when undefined (no actual cost yet)
     */
    public static ComputedRag evaluate(RagThresholds thresholds, long version, BigDecimal spi, BigDecimal cpi,
            int missedMilestones) {
        List<String> notes = new ArrayList<>();
        Rag schedule = index(spi, thresholds.spiAmberBelow(), thresholds.spiRedBelow());
        if (schedule == null) {
            notes.add("schedule: no SPI yet (nothing planned by the status date)");
        }
        Rag cost = index(cpi, thresholds.cpiAmberBelow(), thresholds.cpiRedBelow());
        if (cost == null) {
            notes.add("cost: no CPI yet (no actual cost by the status date)");
        }
        Rag milestones = missedMilestones >= thresholds.missedMilestonesRedFrom() ? Rag.RED
                : missedMilestones >= thresholds.missedMilestonesAmberFrom() ? Rag.AMBER : Rag.GREEN;
        Rag overall = Rag.GREEN.worst(schedule).worst(cost).worst(milestones);
        return new ComputedRag(overall, schedule, cost, milestones, version, List.copyOf(notes));
    }

    private static Rag index(BigDecimal value, BigDecimal amberBelow, BigDecimal redBelow) {
        if (value == null) {
            return null;
        }
        if (value.compareTo(redBelow) < 0) {
            return Rag.RED;
        }
        return value.compareTo(amberBelow) < 0 ? Rag.AMBER : Rag.GREEN;
    }
}
