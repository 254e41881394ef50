package io.pmo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Doubling then bisecting, against a pretend system of known capacity. */
class SaturationSearchTests {

    private static final SaturationSearch.Criteria CRITERIA = new SaturationSearch.Criteria(0.95, 0.01, 1_000);

    record Run(double offered, double achieved, double errorRate, double p99Millis) implements SaturationSearch.Trial {
    }

    /** Achieves what is offered up to its capacity, then only the capacity, with a growing queue. */
    static Run system(double capacity, double offered) {
        double achieved = Math.min(offered, capacity);
        return new Run(offered, achieved, 0, offered <= capacity ? 20 : 5_000);
    }

    @Test
    void doublesUntilARunFailsThenBisectsBetweenTheLastPassAndTheFirstFailure() throws Exception {
        List<Double> asked = new ArrayList<>();
        SaturationSearch.Result<Run> result = new SaturationSearch(CRITERIA, 100_000, 3).search(25, rate -> {
            asked.add(rate);
            return system(700, rate);
        });

        // 25, 50, 100, 200, 400 pass; 800 fails; then 600 passes, 700 passes, 750 fails
        assertThat(asked).containsExactly(25.0, 50.0, 100.0, 200.0, 400.0, 800.0, 600.0, 700.0, 750.0);
        assertThat(result.best().offered()).isEqualTo(700.0);
        assertThat(result.saturation()).isEqualTo(700.0);
        assertThat(result.runs()).hasSize(9);
    }

    @Test
    void aRunWithErrorsOrAnExplodedP99FailsEvenIfItKeptUp() {
        assertThat(CRITERIA.passes(new Run(100, 100, 0.02, 10))).isFalse();
        assertThat(CRITERIA.passes(new Run(100, 100, 0, 1_500))).isFalse();
        assertThat(CRITERIA.passes(new Run(100, 94, 0, 10))).isFalse();
        assertThat(CRITERIA.passes(new Run(100, 96, 0.005, 999))).isTrue();
    }

    @Test
    void whenEvenTheFirstRateFailsItReportsWhatThatRunAchieved() throws Exception {
        SaturationSearch.Result<Run> result = new SaturationSearch(CRITERIA, 100_000, 3).search(25,
                rate -> system(10, rate));

        assertThat(result.best()).isNull();
        assertThat(result.runs()).hasSize(1);
        assertThat(result.saturation()).isEqualTo(10.0);
    }

    @Test
    void stopsAtTheHighestRateItMayOffer() throws Exception {
        SaturationSearch.Result<Run> result = new SaturationSearch(CRITERIA, 150, 3).search(50,
                rate -> system(1_000, rate));

        assertThat(result.runs()).extracting(Run::offered).containsExactly(50.0, 100.0, 150.0);
        assertThat(result.saturation()).isEqualTo(150.0);
    }
}
