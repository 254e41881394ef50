package io.pmo.reporting.rag;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Computed RAG from explicit rules, plain Java: schedule from SPI, cost from CPI, milestones from the number
 * missed and, when the definition counts them, risks from the number of open HIGH or CRITICAL risks, each against
 * a versioned {@link RagThresholds}; the result names the version.
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
        return evaluate(thresholds, version, spi, cpi, missedMilestones, 0);
    }

    /**
     * @param highRisks the project's open risks in band HIGH or CRITICAL; ignored (no {@code risks} dimension)
     *        unless the thresholds count risks
     */
    public static ComputedRag evaluate(RagThresholds thresholds, long version, BigDecimal spi, BigDecimal cpi,
            int missedMilestones, int highRisks) {
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
        Rag risks = thresholds.countsRisks() ? count(highRisks, thresholds.highRisksAmberFrom(),
                thresholds.highRisksRedFrom()) : null;
        Rag overall = Rag.GREEN.worst(schedule).worst(cost).worst(milestones).worst(risks);
        return new ComputedRag(overall, schedule, cost, milestones, risks, version, List.copyOf(notes));
    }

    /** RED from {@code redFrom}, AMBER from {@code amberFrom}; a null threshold never applies. */
    private static Rag count(int value, Integer amberFrom, Integer redFrom) {
        if (redFrom != null && value >= redFrom) {
            return Rag.RED;
        }
        return amberFrom != null && value >= amberFrom ? Rag.AMBER : Rag.GREEN;
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
