package io.pmo.platform.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.pmo.platform.consumer.RebuildProgress.Phase;
import io.pmo.platform.consumer.RebuildProgress.State;

/** The rate and ETA of a rebuild, worked out by hand. */
class RebuildProgressTests {

    private static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void aRunningRebuildHasTheRateSinceItsStartAndAnEtaForTheRestAtThatRate() {
        // 3,000 of 12,000 in 4 s: 750/s; 9,000 left at 750/s = 12 s after now
        RebuildProgress progress = running(3_000, 12_000, START.plusSeconds(4));

        assertThat(progress.rate()).isEqualTo(750.0);
        assertThat(progress.eta()).isEqualTo(START.plusSeconds(16));
        assertThat(progress.finishedAt()).isNull();
    }

    @Test
    void roundsTheRateToATenth() {
        // 1,000 in 3 s = 333.33.../s
        assertThat(running(1_000, 2_000, START.plusSeconds(3)).rate()).isEqualTo(333.3);
    }

    @Test
    void hasNoEtaBeforeTheFirstRecordNorAtItsVeryStart() {
        assertThat(running(0, 500, START.plusSeconds(2)).eta()).isNull();
        assertThat(running(0, 500, START).rate()).isZero();
        assertThat(running(0, 500, START).eta()).isNull();
    }

    @Test
    void aFinishedRebuildKeepsItsRateUntilItsEndAndHasNoEta() {
        // 10,000 in 8 s, asked an hour later
        RebuildProgress progress = RebuildProgress.of("r-1", "g", State.SWAPPED, Phase.DONE, 10_000, 10_000, START,
                START.plusSeconds(8), START.plusSeconds(3_600), Map.of("a", "a__rebuild_1"), null);

        assertThat(progress.rate()).isEqualTo(1_250.0);
        assertThat(progress.eta()).isNull();
    }

    @Test
    void anEtaIsNowWhenTheCatchUpHasNothingLeft() {
        assertThat(running(500, 500, START.plusSeconds(1)).eta()).isEqualTo(START.plusSeconds(1));
    }

    private static RebuildProgress running(long done, long total, Instant now) {
        return RebuildProgress.of("r-1", "g", State.RUNNING, Phase.REPLAYING, done, total, START, null, now,
                Map.of("a", "a__rebuild_1"), null);
    }
}
