package io.pmo.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class QuiescenceTests {

    @Test
    void returnsOnceEveryProbeReadsZeroInTheSameRound() {
        AtomicLong lag = new AtomicLong(3);
        AtomicLong backlog = new AtomicLong(2);

        Quiescence.await(Duration.ofSeconds(10), Probe.of("lag", lag::getAndDecrement),
                Probe.of("backlog", () -> Math.max(0, backlog.getAndDecrement())));

        assertThat(lag.get()).isEqualTo(-1);
        assertThat(backlog.get()).isNegative();
    }

    @Test
    void failsNamingTheLastReadingOfEveryProbe() {
        assertThatThrownBy(() -> Quiescence.await(Duration.ofMillis(500), Probe.of("publisher", () -> 0),
                Probe.of("consumer lag of g", () -> 7),
                Probe.of("broken", () -> {
                    throw new IllegalStateException("broker down");
                })))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("publisher=0")
                .hasMessageContaining("consumer lag of g=7")
                .hasMessageContaining("broken=java.lang.IllegalStateException: broker down");
    }
}
