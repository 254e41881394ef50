package io.pmo.reporting.evm;

import static io.pmo.reporting.evm.EvmMother.FRI;
import static io.pmo.reporting.evm.EvmMother.MON;
import static io.pmo.reporting.evm.EvmMother.THU;
import static io.pmo.reporting.evm.EvmMother.TUE;
import static io.pmo.reporting.evm.EvmMother.WED;
import static io.pmo.reporting.evm.EvmMother.baseline;
import static io.pmo.reporting.evm.EvmMother.calculator;
import static io.pmo.reporting.evm.EvmMother.checkpoint;
import static io.pmo.reporting.evm.EvmMother.decimal;
import static io.pmo.reporting.evm.EvmMother.progress;
import static io.pmo.reporting.evm.EvmMother.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.pmo.events.project.EarnedValueMethod;

/**
 * Each earned value method on one five-day task of EUR 1,000.00 (Monday to Friday 4-8 January 2027), hand-computed.
 */
class EarnedValueMethodsTests {

    private static BigDecimal earned(EarnedValueMethod method, LocalDate statusDate, ProgressFact... facts) {
        PerformanceBaseline baseline = baseline(task("T", MON, FRI, 5, "1000.00", method,
                checkpoint("design", "20"), checkpoint("build", "30"), checkpoint("test", "50")));
        return calculator(baseline, List.of(facts), List.of()).at(statusDate).ev();
    }

    @Test
    void percentCompleteEarnsThatShareOfTheBudget() {
        // 37.5 % x 1,000 = 375.
        assertThat(earned(EarnedValueMethod.PERCENT_COMPLETE, WED, progress("p", "T", TUE, "37.5", MON, null, 1)))
                .isEqualTo(decimal("375.00"));
    }

    @Test
    void nothingIsEarnedWithoutProgress() {
        for (EarnedValueMethod method : EarnedValueMethod.values()) {
            assertThat(earned(method, FRI)).as(method.name()).isEqualTo(decimal("0.00"));
        }
    }

    @Test
    void zeroHundredEarnsNothingUntilTheTaskFinishes() {
        // 80 % done but not finished: 0.
        assertThat(earned(EarnedValueMethod.ZERO_HUNDRED, WED, progress("p", "T", TUE, "80", MON, null, 1)))
                .isEqualTo(decimal("0.00"));
    }

    @Test
    void zeroHundredEarnsTheBudgetOnTheActualFinish() {
        assertThat(earned(EarnedValueMethod.ZERO_HUNDRED, WED, progress("p", "T", WED, "100", MON, WED, 1)))
                .isEqualTo(decimal("1000.00"));
    }

    @Test
    void zeroHundredCountsOneHundredPercentAsFinishedWithoutAFinishDate() {
        assertThat(earned(EarnedValueMethod.ZERO_HUNDRED, WED, progress("p", "T", TUE, "100", MON, null, 1)))
                .isEqualTo(decimal("1000.00"));
    }

    @Test
    void fiftyFiftyEarnsHalfOnAnActualStart() {
        // Started Monday, 0 % reported: 50 % x 1,000 = 500.
        assertThat(earned(EarnedValueMethod.FIFTY_FIFTY, TUE, progress("p", "T", MON, "0", MON, null, 1)))
                .isEqualTo(decimal("500.00"));
    }

    @Test
    void fiftyFiftyEarnsHalfOnAnyPercentCompleteWithoutAStartDate() {
        assertThat(earned(EarnedValueMethod.FIFTY_FIFTY, TUE, progress("p", "T", MON, "10", null, null, 1)))
                .isEqualTo(decimal("500.00"));
    }

    @Test
    void fiftyFiftyEarnsTheRestOnFinishing() {
        assertThat(earned(EarnedValueMethod.FIFTY_FIFTY, THU, progress("p", "T", THU, "100", MON, THU, 1)))
                .isEqualTo(decimal("1000.00"));
    }

    @Test
    void fiftyFiftyEarnsNothingForAStartAfterTheStatusDate() {
        // A fact effective Monday announcing a start on Wednesday: nothing has started by Tuesday.
        assertThat(earned(EarnedValueMethod.FIFTY_FIFTY, TUE, progress("p", "T", MON, "0", WED, null, 1)))
                .isEqualTo(decimal("0.00"));
    }

    @Test
    void weightedMilestonesEarnTheWeightsOfTheCheckpointsDone() {
        // design 20 + test 50 = 70 of 100: 70 % x 1,000 = 700.
        assertThat(earned(EarnedValueMethod.WEIGHTED_MILESTONES, WED,
                progress("p", "T", WED, "0", MON, null, 1, "design", "test"))).isEqualTo(decimal("700.00"));
    }

    @Test
    void weightedMilestonesCountACheckpointOnceAndIgnoreUnknownOnes() {
        // design twice and an unknown id: 20 % x 1,000 = 200.
        assertThat(earned(EarnedValueMethod.WEIGHTED_MILESTONES, WED,
                progress("p", "T", WED, "0", MON, null, 1, "design", "design", "deploy")))
                .isEqualTo(decimal("200.00"));
    }

    @Test
    void tasksOfDifferentMethodsAddUp() {
        // A: 40 % of 1,000 = 400; B (0/100, finished) = 500; C (50/50, started) = 50 % of 300 = 150;
        // D (milestones, build 30) = 30 % of 2,000 = 600. EV = 1,650.
        PerformanceBaseline baseline = baseline(
                task("A", MON, FRI, 5, "1000.00", EarnedValueMethod.PERCENT_COMPLETE),
                task("B", MON, TUE, 2, "500.00", EarnedValueMethod.ZERO_HUNDRED),
                task("C", WED, FRI, 3, "300.00", EarnedValueMethod.FIFTY_FIFTY),
                task("D", MON, FRI, 5, "2000.00", EarnedValueMethod.WEIGHTED_MILESTONES, checkpoint("build", "30"),
                        checkpoint("ship", "70")));
        EarnedValue wednesday = calculator(baseline,
                List.of(progress("a", "A", WED, "40", MON, null, 1), progress("b", "B", TUE, "100", MON, TUE, 2),
                        progress("c", "C", WED, "5", WED, null, 3), progress("d", "D", WED, "0", MON, null, 4, "build")),
                List.of()).at(WED);
        assertThat(wednesday.ev()).isEqualTo(decimal("1650.00"));
    }

    @Test
    void progressOfATaskOutsideTheBaselineEarnsNothing() {
        PerformanceBaseline baseline = baseline(task("T", MON, FRI, 5, "1000.00", EarnedValueMethod.PERCENT_COMPLETE));
        EarnedValue wednesday = calculator(baseline, List.of(progress("p", "added-later", TUE, "50", MON, null, 1)),
                List.of()).at(WED);
        assertThat(wednesday.ev()).isEqualTo(decimal("0.00"));
    }

    @Test
    void aLeafTaskWithoutAMethodIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> baseline(task("T", MON, FRI, 5, "1000.00", null)))
                .withMessage("Task T has no earned value method");
    }
}
