package io.pmo.reporting.evm;

import static io.pmo.reporting.evm.EvmMother.WED;
import static io.pmo.reporting.evm.EvmMother.calculator;
import static io.pmo.reporting.evm.EvmMother.cost;
import static io.pmo.reporting.evm.EvmMother.date;
import static io.pmo.reporting.evm.EvmMother.decimal;
import static io.pmo.reporting.evm.EvmMother.fiveWeekProject;
import static io.pmo.reporting.evm.EvmMother.fiveWeekProjectAfterThreeWeeks;
import static io.pmo.reporting.evm.EvmMother.fourDayTaskAfterTwoDays;
import static io.pmo.reporting.evm.EvmMother.percent;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Figures checked against published worked examples. Where a source publishes only the inputs of a figure, the
 * figure is computed by hand from them and the test says so.
 */
class PublishedExamplesTests {

    /**
     * Microsoft, "Applying earned value analysis to your project", Microsoft Office Project 2003 help, section
     * "What is earned value analysis?" (copy at
     * https://www.scribd.com/document/159172852/Applying-Earned-Value-Analysis-to-Your-Project): "the total
     * planned budget for a 4-day task is $100 and it starts on a Monday. If the status date is set to the following
     * Wednesday, the BCWS is $75"; "if the 4-day task actually incurs a total cost of $35 during each of the first
     * 2 days, the ACWP for this period is $70"; "if after 2 days 60% percent of the work on a task has been
     * completed, ... $60". Its BCWS is linear per working day with the status date counted in, our convention.
     */
    @Nested
    class MicrosoftProjectFourDayTask {

        private final EarnedValue wednesday = fourDayTaskAfterTwoDays().at(WED);

        @Test
        void plannedValueOnWednesdayIsThreeQuartersOfTheBudget() {
            assertThat(wednesday.bac()).isEqualByComparingTo("100.00");
            assertThat(wednesday.pv()).isEqualTo(decimal("75.00"));
        }

        @Test
        void actualCostIsTheTwoDaysBooked() {
            assertThat(wednesday.ac()).isEqualTo(decimal("70.00"));
        }

        @Test
        void earnedValueIsSixtyPercentOfTheBudget() {
            assertThat(wednesday.ev()).isEqualTo(decimal("60.00"));
        }

        @Test
        void variancesAndIndicesFollowFromThePublishedFigures() {
            // Hand-computed from the published 75 / 60 / 70: SV = 60 - 75 = -15; CV = 60 - 70 = -10;
            // SPI = 60 / 75 = 0.8; CPI = 60 / 70 = 0.857142... -> 0.8571.
            assertThat(wednesday.sv()).isEqualTo(decimal("-15.00"));
            assertThat(wednesday.cv()).isEqualTo(decimal("-10.00"));
            assertThat(wednesday.spi()).isEqualTo(Figure.of(decimal("0.8000")));
            assertThat(wednesday.cpi()).isEqualTo(Figure.of(decimal("0.8571")));
        }

        @Test
        void earnedScheduleInterpolatesWithinTheThirdDay() {
            // Hand-computed: PV per working day 25, 50, 75, 100; EV 60 passes PV_2 = 50, so C = 2 and
            // ES = 2 + (60 - 50) / (75 - 50) = 2.4; AT = Mon..Wed = 3; SPI(t) = 2.4 / 3 = 0.8; SV(t) = -0.6.
            EarnedSchedule schedule = wednesday.earnedSchedule();
            assertThat(schedule.es()).isEqualTo(Figure.of(decimal("2.4000")));
            assertThat(schedule.at()).isEqualTo(3);
            assertThat(schedule.spiT()).isEqualTo(Figure.of(decimal("0.8000")));
            assertThat(schedule.svT()).isEqualTo(Figure.of(decimal("-0.6000")));
        }
    }

    /**
     * Paul Govan, PRA: Project Risk Analysis (R package), reference pages for {@code pv}/{@code spi},
     * {@code cpi}, {@code ac} and {@code eac}: https://paulgovan.github.io/PRA/reference/spi.html,
     * .../cpi.html, .../ac.html, .../eac.html. A toy project: BAC 100,000; cumulative schedule 10, 20, 40, 70,
     * 100 % by the end of periods 1 to 5; at period 3 the project is 35 % complete. Published outputs: SPI 0.875
     * (spi.html); AC 63,000 from period costs 9,000, 18,000, 36,000 (ac.html); CPI 0.9722222 with a cumulative AC
     * of 36,000 at period 3 (cpi.html); EAC "atypical" = AC + (BAC - EV) = 128,000 for AC 63,000 and EV 35,000
     * (eac.html). Here a period is a five-day week (see {@link EvmMother#fiveWeekProject()}).
     */
    @Nested
    class PraToyProject {

        private final EarnedValue period3 = fiveWeekProjectAfterThreeWeeks().at(date(1, 22));

        @Test
        void plannedValueAtPeriodThreeIsFortyPercent() {
            assertThat(period3.bac()).isEqualTo(decimal("100000.00"));
            assertThat(period3.pv()).isEqualTo(decimal("40000.00"));
        }

        @Test
        void earnedValueIsThirtyFivePercentAndSpiIsPublished() {
            assertThat(period3.ev()).isEqualTo(decimal("35000.00"));
            assertThat(period3.spi()).isEqualTo(Figure.of(decimal("0.8750")));
        }

        @Test
        void actualCostSumsThePeriodCosts() {
            assertThat(period3.ac()).isEqualTo(decimal("63000.00"));
        }

        @Test
        void eacAtTheBudgetRateIsPublished() {
            Forecast budgetRate = period3.forecast(EacMethod.BUDGET_RATE);
            assertThat(budgetRate.eac()).isEqualTo(Figure.of(decimal("128000.00")));
            // Hand-computed: ETC = 128,000 - 63,000 = 65,000; VAC = 100,000 - 128,000 = -28,000;
            // TCPI to EAC = (100,000 - 35,000) / 65,000 = 1.
            assertThat(budgetRate.etc()).isEqualTo(Figure.of(decimal("65000.00")));
            assertThat(budgetRate.vac()).isEqualTo(Figure.of(decimal("-28000.00")));
            assertThat(budgetRate.tcpiToEac()).isEqualTo(Figure.of(decimal("1.0000")));
        }

        @Test
        void cpiWithTheCumulativeCostOfCpiPageIsPublished() {
            // cpi.html reads 36,000 as the cumulative AC at period 3: costs of 9,000 in each of the first two
            // weeks and 18,000 in the third add up to it. 35,000 / 36,000 = 0.9722222 -> 0.9722.
            EarnedValue cumulative36000 = calculator(fiveWeekProject(),
                    List.of(percent("p1", "W1", date(1, 8), "100", 1), percent("p2", "W2", date(1, 15), "100", 2),
                            percent("p3", "W3", date(1, 22), "75", 3)),
                    List.of(cost("c1", "W1", date(1, 8), "9000.00", 1), cost("c2", "W2", date(1, 15), "9000.00", 2),
                            cost("c3", "W3", date(1, 22), "18000.00", 3)))
                    .at(date(1, 22));
            assertThat(cumulative36000.ac()).isEqualTo(decimal("36000.00"));
            assertThat(cumulative36000.cpi()).isEqualTo(Figure.of(decimal("0.9722")));
        }

        @Test
        void theOtherFiguresAreHandComputedFromThePublishedInputs() {
            // SV = 35,000 - 40,000 = -5,000; CV = 35,000 - 63,000 = -28,000; CPI = 35 / 63 = 0.55555... -> 0.5556;
            // TCPI to BAC = (100,000 - 35,000) / (100,000 - 63,000) = 65 / 37 = 1.756756... -> 1.7568.
            assertThat(period3.sv()).isEqualTo(decimal("-5000.00"));
            assertThat(period3.cv()).isEqualTo(decimal("-28000.00"));
            assertThat(period3.cpi()).isEqualTo(Figure.of(decimal("0.5556")));
            assertThat(period3.tcpiToBac()).isEqualTo(Figure.of(decimal("1.7568")));
            assertThat(period3.currency()).isEqualTo("EUR");
            assertThat(period3.statusDate()).isEqualTo(date(1, 22));
        }
    }
}
