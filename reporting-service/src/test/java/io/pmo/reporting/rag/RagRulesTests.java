package io.pmo.reporting.rag;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** Computed RAG by the default thresholds (AMBER below 0.95, RED below 0.85; AMBER from 1 missed, RED from 2). */
class RagRulesTests {

    @Test
    void ratesEachDimensionAtItsThresholdsAndTheWorstOverall() {
        ComputedRag rag = RagRules.evaluate(RagThresholds.DEFAULT, 0, new BigDecimal("0.95"), new BigDecimal("0.8499"),
                1);

        assertThat(rag.schedule()).as("0.95 is not below 0.95").isEqualTo(Rag.GREEN);
        assertThat(rag.cost()).isEqualTo(Rag.RED);
        assertThat(rag.milestones()).isEqualTo(Rag.AMBER);
        assertThat(rag.overall()).isEqualTo(Rag.RED);
        assertThat(rag.definitionVersion()).isZero();
        assertThat(rag.notes()).isEmpty();
    }

    @Test
    void anIndexJustBelowAThresholdTakesTheWorseRating() {
        assertThat(RagRules.evaluate(RagThresholds.DEFAULT, 0, new BigDecimal("0.9499"), BigDecimal.ONE, 0).schedule())
                .isEqualTo(Rag.AMBER);
        assertThat(RagRules.evaluate(RagThresholds.DEFAULT, 0, new BigDecimal("0.85"), BigDecimal.ONE, 0).schedule())
                .isEqualTo(Rag.AMBER);
        assertThat(RagRules.evaluate(RagThresholds.DEFAULT, 0, BigDecimal.ONE, BigDecimal.ONE, 2).milestones())
                .isEqualTo(Rag.RED);
    }

    @Test
    void anUndefinedIndexIsNotRatedAndSaysWhy() {
        ComputedRag rag = RagRules.evaluate(RagThresholds.DEFAULT, 3, null, null, 0);

        assertThat(rag.schedule()).isNull();
        assertThat(rag.cost()).isNull();
        assertThat(rag.overall()).isEqualTo(Rag.GREEN);
        assertThat(rag.definitionVersion()).isEqualTo(3);
        assertThat(rag.notes()).hasSize(2);
    }

    @Test
    void stricterThresholdsOfALaterVersionRateTheSameFiguresWorseAndNameThatVersion() {
        RagThresholds strict = new RagThresholds(new BigDecimal("1.00"), new BigDecimal("0.97"),
                new BigDecimal("1.00"), new BigDecimal("0.97"), 1, 1);

        ComputedRag before = RagRules.evaluate(RagThresholds.DEFAULT, 1, new BigDecimal("0.96"), BigDecimal.ONE, 1);
        ComputedRag after = RagRules.evaluate(strict, 2, new BigDecimal("0.96"), BigDecimal.ONE, 1);

        assertThat(before.overall()).isEqualTo(Rag.AMBER);
        assertThat(before.definitionVersion()).isEqualTo(1);
        assertThat(after.schedule()).isEqualTo(Rag.RED);
        assertThat(after.milestones()).isEqualTo(Rag.RED);
        assertThat(after.definitionVersion()).isEqualTo(2);
    }

    @Test
    void openHighRisksCountOnlyUnderThresholdsThatNameThem() {
        RagThresholds counting = new RagThresholds(new BigDecimal("0.95"), new BigDecimal("0.85"),
                new BigDecimal("0.95"), new BigDecimal("0.85"), 1, 2, 1, 3);

        ComputedRag ignored = RagRules.evaluate(RagThresholds.DEFAULT, 0, BigDecimal.ONE, BigDecimal.ONE, 0, 5);
        assertThat(ignored.risks()).isNull();
        assertThat(ignored).isEqualTo(RagRules.evaluate(RagThresholds.DEFAULT, 0, BigDecimal.ONE, BigDecimal.ONE, 0));
        assertThat(RagRules.evaluate(counting, 4, BigDecimal.ONE, BigDecimal.ONE, 0, 0).risks()).isEqualTo(Rag.GREEN);
        ComputedRag amber = RagRules.evaluate(counting, 4, BigDecimal.ONE, BigDecimal.ONE, 0, 2);
        assertThat(amber.risks()).isEqualTo(Rag.AMBER);
        assertThat(amber.overall()).isEqualTo(Rag.AMBER);
        assertThat(RagRules.evaluate(counting, 4, BigDecimal.ONE, BigDecimal.ONE, 0, 3).overall()).isEqualTo(Rag.RED);
    }

    @Test
    void aRiskThresholdLeftOutNeverApplies() {
        RagThresholds redOnly = new RagThresholds(new BigDecimal("0.95"), new BigDecimal("0.85"),
                new BigDecimal("0.95"), new BigDecimal("0.85"), 1, 2, null, 2);

        assertThat(RagRules.evaluate(redOnly, 4, BigDecimal.ONE, BigDecimal.ONE, 0, 1).risks()).isEqualTo(Rag.GREEN);
        assertThat(RagRules.evaluate(redOnly, 4, BigDecimal.ONE, BigDecimal.ONE, 0, 2).risks()).isEqualTo(Rag.RED);
    }
}
