package io.pmo.reporting.evm;

import static io.pmo.reporting.evm.EvmMother.MON;
import static io.pmo.reporting.evm.EvmMother.THU;
import static io.pmo.reporting.evm.EvmMother.TUE;
import static io.pmo.reporting.evm.EvmMother.WED;
import static io.pmo.reporting.evm.EvmMother.calculator;
import static io.pmo.reporting.evm.EvmMother.cost;
import static io.pmo.reporting.evm.EvmMother.costCorrected;
import static io.pmo.reporting.evm.EvmMother.costCorrection;
import static io.pmo.reporting.evm.EvmMother.costRecorded;
import static io.pmo.reporting.evm.EvmMother.decimal;
import static io.pmo.reporting.evm.EvmMother.fourDayTask;
import static io.pmo.reporting.evm.EvmMother.hour;
import static io.pmo.reporting.evm.EvmMother.percent;
import static io.pmo.reporting.evm.EvmMother.percentCorrection;
import static io.pmo.reporting.evm.EvmMother.progressCorrected;
import static io.pmo.reporting.evm.EvmMother.progressReported;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Which facts count at a status date and as of an instant, on the four-day task of EUR 100 (Monday to Thursday),
 * hand-computed: EV = percent x 100, AC = the amounts effective by the status date.
 */
class CorrectionsTests {

    private final ProgressFact fortyOnTuesday = percent("p1", "T", TUE, "40", 1);

    private final CostFact thirtyFiveOnMonday = cost("c1", "T", MON, "35.00", 1);

    @Test
    void theLatestProgressEffectiveByTheStatusDateCounts() {
        // 40 % on Tuesday, 70 % on Thursday: Wednesday shows 40, Thursday 70.
        EarnedValueCalculator calculator = calculator(fourDayTask(),
                List.of(fortyOnTuesday, percent("p2", "T", THU, "70", 2)), List.of());
        assertThat(calculator.at(MON).ev()).isEqualTo(decimal("0.00"));
        assertThat(calculator.at(WED).ev()).isEqualTo(decimal("40.00"));
        assertThat(calculator.at(THU).ev()).isEqualTo(decimal("70.00"));
    }

    @Test
    void ofTwoFactsWithTheSameEffectiveDateTheLastRecordedCounts() {
        // Both effective Tuesday; 55 % was recorded an hour later, though listed first.
        EarnedValueCalculator calculator = calculator(fourDayTask(),
                List.of(percent("p2", "T", TUE, "55", 2), fortyOnTuesday), List.of());
        assertThat(calculator.at(WED).ev()).isEqualTo(decimal("55.00"));
    }

    @Test
    void aProgressCorrectionReplacesTheValueAndAnEarlierAsOfStillShowsTheOldOne() {
        // Recorded at hour 1: 40 %; corrected at hour 3 to 20 %. As of hour 2 the report showed 40.
        EarnedValueCalculator calculator = calculator(fourDayTask(),
                List.of(fortyOnTuesday, percentCorrection("p1-fix", fortyOnTuesday, TUE, "20", 3)), List.of());
        assertThat(calculator.at(WED).ev()).isEqualTo(decimal("20.00"));
        assertThat(calculator.at(WED, hour(2)).ev()).isEqualTo(decimal("40.00"));
        assertThat(calculator.at(WED, hour(3)).ev()).isEqualTo(decimal("20.00"));
        assertThat(calculator.at(WED, hour(2)).asOf()).isEqualTo(hour(2));
    }

    @Test
    void aProgressCorrectionMovesTheFactToItsNewEffectiveDate() {
        // 40 % was really reached on Thursday: Wednesday's EV drops to 0, Thursday's is 40.
        EarnedValueCalculator calculator = calculator(fourDayTask(),
                List.of(fortyOnTuesday, percentCorrection("p1-fix", fortyOnTuesday, THU, "40", 3)), List.of());
        assertThat(calculator.at(WED).ev()).isEqualTo(decimal("0.00"));
        assertThat(calculator.at(THU).ev()).isEqualTo(decimal("40.00"));
    }

    @Test
    void ofSeveralCorrectionsTheLastRecordedCounts() {
        EarnedValueCalculator calculator = calculator(fourDayTask(),
                List.of(percentCorrection("fix-2", fortyOnTuesday, TUE, "30", 5), fortyOnTuesday,
                        percentCorrection("fix-1", fortyOnTuesday, TUE, "20", 3)),
                List.of());
        assertThat(calculator.at(WED).ev()).isEqualTo(decimal("30.00"));
        assertThat(calculator.at(WED, hour(4)).ev()).isEqualTo(decimal("20.00"));
    }

    @Test
    void aFactRecordedAfterAsOfIsIgnored() {
        EarnedValueCalculator calculator = calculator(fourDayTask(),
                List.of(fortyOnTuesday, percent("p2", "T", WED, "60", 4)), List.of(thirtyFiveOnMonday,
                        cost("c2", "T", TUE, "35.00", 4)));
        EarnedValue asOfHour2 = calculator.at(WED, hour(2));
        assertThat(asOfHour2.ev()).isEqualTo(decimal("40.00"));
        assertThat(asOfHour2.ac()).isEqualTo(decimal("35.00"));
        EarnedValue now = calculator.at(WED);
        assertThat(now.ev()).isEqualTo(decimal("60.00"));
        assertThat(now.ac()).isEqualTo(decimal("70.00"));
    }

    @Test
    void aCostCorrectionReplacesTheAmountAndAnEarlierAsOfStillShowsTheOldOne() {
        // 35 booked Monday, corrected to 50 at hour 3: AC 50 now, 35 as of hour 2.
        EarnedValueCalculator calculator = calculator(fourDayTask(), List.of(),
                List.of(thirtyFiveOnMonday, costCorrection("c1-fix", thirtyFiveOnMonday, MON, "50.00", 3)));
        assertThat(calculator.at(TUE).ac()).isEqualTo(decimal("50.00"));
        assertThat(calculator.at(TUE, hour(2)).ac()).isEqualTo(decimal("35.00"));
    }

    @Test
    void aCostCorrectionMovesTheAmountToItsNewEffectiveDate() {
        // The invoice belonged to Thursday: AC on Wednesday is 0, on Thursday 35.
        EarnedValueCalculator calculator = calculator(fourDayTask(), List.of(),
                List.of(thirtyFiveOnMonday, costCorrection("c1-fix", thirtyFiveOnMonday, THU, "35.00", 3)));
        assertThat(calculator.at(WED).ac()).isEqualTo(decimal("0.00"));
        assertThat(calculator.at(THU).ac()).isEqualTo(decimal("35.00"));
    }

    @Test
    void factsBuiltFromTheEventsBehaveAlike() {
        EarnedValueCalculator calculator = calculator(fourDayTask(),
                List.of(ProgressFact.of(progressReported("p1", "T", TUE, "40"), hour(1)),
                        ProgressFact.of(progressCorrected("p1-fix", "p1", "T", TUE, "20"), hour(3))),
                List.of(CostFact.of(costRecorded("c1", "T", MON, "35.00"), hour(1)),
                        CostFact.of(costCorrected("c1-fix", "c1", "T", MON, "50.00"), hour(3))));
        assertThat(calculator.at(WED).ev()).isEqualTo(decimal("20.00"));
        assertThat(calculator.at(WED).ac()).isEqualTo(decimal("50.00"));
        assertThat(calculator.at(WED, hour(2)).ev()).isEqualTo(decimal("40.00"));
        assertThat(calculator.at(WED, hour(2)).ac()).isEqualTo(decimal("35.00"));
    }

    @Test
    void aCorrectionOfAnUnknownFactIsRefused() {
        EarnedValueCalculator calculator = calculator(fourDayTask(),
                List.of(percentCorrection("fix", percent("missing", "T", TUE, "40", 1), TUE, "20", 3)), List.of());
        assertThatIllegalArgumentException().isThrownBy(() -> calculator.at(WED))
                .withMessage("Fact fix corrects fact missing, which was not recorded before it");
    }
}
