package io.pmo.risk.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scores, bands and EMV against tables computed by hand, with the default matrix and a custom one. */
class RiskMatrixTests {

    @ParameterizedTest(name = "P{0} x I{1} = {2}, {3}")
    @CsvSource({ "1,1,1,LOW", "2,2,4,LOW", "1,5,5,MEDIUM", "3,3,9,MEDIUM", "2,5,10,HIGH", "4,4,16,HIGH",
            "3,5,15,HIGH", "5,4,20,CRITICAL", "5,5,25,CRITICAL" })
    void scoresAndBandsOnTheDefaultMatrix(int probability, int impact, int score, Band band) {
        assertThat(RiskMatrix.score(probability, impact)).isEqualTo(score);
        assertThat(RiskMatrix.DEFAULT.band(score)).isEqualTo(band);
    }

    @ParameterizedTest(name = "score {0} is {1} with bands 4/8/12")
    @CsvSource({ "3,LOW", "4,MEDIUM", "6,MEDIUM", "8,HIGH", "9,HIGH", "12,CRITICAL", "25,CRITICAL" })
    void customBandsMoveTheBoundaries(int score, Band band) {
        RiskMatrix strict = new RiskMatrix(RiskMatrix.DEFAULT.probabilityNames(), RiskMatrix.DEFAULT.impactNames(),
                RiskMatrix.DEFAULT.probabilityPercents(), 4, 8, 12);

        assertThat(strict.band(score)).isEqualTo(band);
    }

    @Test
    void emvIsTheLevelsPercentageOfTheCostImpactInMinorUnits() {
        // 30 % of 125,000.00 = 37,500.00; 90 % of 333.33 = 299.997 -> 300.00; 10 % of 15 JPY = 1.5 -> 2
        assertThat(RiskMatrix.DEFAULT.emv(2, new BigDecimal("125000.00"), "EUR")).isEqualByComparingTo("37500.00");
        assertThat(RiskMatrix.DEFAULT.emv(5, new BigDecimal("333.33"), "EUR")).isEqualTo(new BigDecimal("300.00"));
        assertThat(RiskMatrix.DEFAULT.emv(1, new BigDecimal("15"), "JPY")).isEqualTo(new BigDecimal("2"));
    }

    @Test
    void aTenantsPercentagesChangeTheEmv() {
        RiskMatrix tenant = new RiskMatrix(RiskMatrix.DEFAULT.probabilityNames(), RiskMatrix.DEFAULT.impactNames(),
                List.of(BigDecimal.valueOf(5), BigDecimal.valueOf(20), BigDecimal.valueOf(40),
                        BigDecimal.valueOf(60), new BigDecimal("95")), 5, 10, 17);

        // 40 % of 80,000.00 = 32,000.00
        assertThat(tenant.emv(3, new BigDecimal("80000.00"), "EUR")).isEqualByComparingTo("32000.00");
        assertThat(tenant.percent(5)).isEqualByComparingTo("95");
    }

    @Test
    void refusesLevelsOutsideOneToFiveAndMatricesThatDoNotAscend() {
        assertThatIllegalArgumentException().isThrownBy(() -> RiskMatrix.score(0, 3));
        assertThatIllegalArgumentException().isThrownBy(() -> RiskMatrix.score(3, 6));
        assertThatIllegalArgumentException().isThrownBy(() -> RiskMatrix.DEFAULT.band(26));
        assertThatIllegalArgumentException().isThrownBy(() -> new RiskMatrix(RiskMatrix.DEFAULT.probabilityNames(),
                RiskMatrix.DEFAULT.impactNames(), RiskMatrix.DEFAULT.probabilityPercents(), 10, 5, 17));
        assertThatIllegalArgumentException().isThrownBy(() -> new RiskMatrix(RiskMatrix.DEFAULT.probabilityNames(),
                RiskMatrix.DEFAULT.impactNames(), List.of(BigDecimal.TEN, BigDecimal.TEN, BigDecimal.valueOf(50),
                        BigDecimal.valueOf(70), BigDecimal.valueOf(90)), 5, 10, 17));
    }
}
