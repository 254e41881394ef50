package io.pmo.reporting.rag;

import java.math.BigDecimal;

/**
 * The thresholds of computed RAG: an index (SPI, CPI) below {@code ...AmberBelow} is AMBER, below
 * {@code ...RedBelow} RED; {@code missedMilestonesAmberFrom} or more missed milestones is AMBER,
 * {@code missedMilestonesRedFrom} or more RED.
 *
 * <p>{@code highRisksAmberFrom} and {@code highRisksRedFrom} (optional, added with the risk heat map) count the
 * project's open risks in band HIGH or CRITICAL: that many or more is AMBER, respectively RED. While both are null
 * (every definition stored before they existed, and the built-in version 0) risks do not count and a computed
 * RAG has no {@code risks} dimension, so those definitions rate exactly as they always did. One of the two alone
 * is allowed: only AMBER, or only RED, then comes from risks.
 */
public record RagThresholds(BigDecimal spiAmberBelow, BigDecimal spiRedBelow, BigDecimal cpiAmberBelow,
        BigDecimal cpiRedBelow, int missedMilestonesAmberFrom, int missedMilestonesRedFrom, Integer highRisksAmberFrom,
        Integer highRisksRedFrom) {

    /** Version 0, the definition of every tenant that has not defined its own: 0.95 / 0.85 and 1 / 2 missed. */
    public static final RagThresholds DEFAULT = new RagThresholds(new BigDecimal("0.95"), new BigDecimal("0.85"),
            new BigDecimal("0.95"), new BigDecimal("0.85"), 1, 2);

    /** Thresholds under which risks do not count, as every definition was before risks could. */
    public RagThresholds(BigDecimal spiAmberBelow, BigDecimal spiRedBelow, BigDecimal cpiAmberBelow,
            BigDecimal cpiRedBelow, int missedMilestonesAmberFrom, int missedMilestonesRedFrom) {
        this(spiAmberBelow, spiRedBelow, cpiAmberBelow, cpiRedBelow, missedMilestonesAmberFrom,
                missedMilestonesRedFrom, null, null);
    }

    /** Whether open HIGH/CRITICAL risks count under these thresholds. */
    public boolean countsRisks() {
        return highRisksAmberFrom != null || highRisksRedFrom != null;
    }
}
