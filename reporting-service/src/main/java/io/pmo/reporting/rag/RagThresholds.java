package io.pmo.reporting.rag;

import java.math.BigDecimal;

/**
 * The thresholds of computed RAG: an index (SPI, CPI) below {@code ...AmberBelow} is AMBER, below
 * {@code ...RedBelow} RED; {@code missedMilestonesAmberFrom} or more missed milestones is AMBER,
 * {@code missedMilestonesRedFrom} or more RED.
 */
public record RagThresholds(BigDecimal spiAmberBelow, BigDecimal spiRedBelow, BigDecimal cpiAmberBelow,
        BigDecimal cpiRedBelow, int missedMilestonesAmberFrom, int missedMilestonesRedFrom) {

    /** Version 0, the definition of every tenant that has not defined its own: 0.95 / 0.85 and 1 / 2 missed. */
    public static final RagThresholds DEFAULT = new RagThresholds(new BigDecimal("0.95"), new BigDecimal("0.85"),
            new BigDecimal("0.95"), new BigDecimal("0.85"), 1, 2);
}
