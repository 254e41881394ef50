package io.pmo.portfolio.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** WSJF against tables computed by hand: (BV + TC + RR) / JS with each part averaged over the scorers. */
class WsjfTests {

    @Test
    void oneScorer() {
        // (8 + 5 + 3) / 5 = 3.2
        assertThat(Wsjf.of(List.of(new WsjfEstimate("ann", 8, 5, 3, 5)))).contains(new BigDecimal("3.20"));
    }

    @Test
    void theMeansOfTwoScorers() {
        // means: BV 10.5, TC 6.5, RR 2.5, JS 6.5 -> 19.5 / 6.5 = 3.00
        assertThat(Wsjf.of(List.of(new WsjfEstimate("ann", 8, 5, 3, 5), new WsjfEstimate("bob", 13, 8, 2, 8))))
                .contains(new BigDecimal("3.00"));
    }

    @Test
    void roundsHalfUpToTwoDecimals() {
        // (1 + 1 + 1) / 13 = 0.2307.. -> 0.23; (20 + 20 + 20) / 1 = 60
        assertThat(Wsjf.of(List.of(new WsjfEstimate("ann", 1, 1, 1, 13)))).contains(new BigDecimal("0.23"));
        assertThat(Wsjf.of(List.of(new WsjfEstimate("ann", 20, 20, 20, 1)))).contains(new BigDecimal("60.00"));
    }

    @Test
    void noEstimateNoWsjf() {
        assertThat(Wsjf.of(List.of())).isEmpty();
    }

    @Test
    void theScaleIsFibonacciLike() {
        assertThat(Wsjf.SCALE).containsExactly(1, 2, 3, 5, 8, 13, 20);
        assertThat(Wsjf.onScale(4)).isFalse();
    }
}
