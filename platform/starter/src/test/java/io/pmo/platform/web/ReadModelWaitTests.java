package io.pmo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ReadModelWaitTests {

    private static final Duration TIMEOUT = Duration.ofMillis(100);

    record Summary(String projectId, long version) {
    }

    private final AtomicInteger loads = new AtomicInteger();

    @Test
    void answersAtOnceWhenTheReadModelHasCaughtUp() {
        Summary summary = new Summary("p-1", 5);

        ReadModelWait.Result<Summary> result = ReadModelWait.await(() -> load(summary), Summary::version, 5L,
                Duration.ofMinutes(1));

        assertThat(result.caughtUp()).isTrue();
        assertThat(result.document()).contains(summary);
        assertThat(loads).hasValue(1);
    }

    @Test
    void waitsUntilTheRequestedVersionArrives() {
        ReadModelWait.Result<Summary> result = ReadModelWait.await(() -> {
            int load = loads.incrementAndGet();
            return Optional.of(new Summary("p-1", load < 3 ? 1 : 2));
        }, Summary::version, 2L, Duration.ofMinutes(1));

        assertThat(result.caughtUp()).isTrue();
        assertThat(result.document()).contains(new Summary("p-1", 2));
        assertThat(loads).hasValue(3);
    }

    @Test
    void givesUpAfterTheTimeoutWithTheStaleDocument() {
        Summary stale = new Summary("p-1", 1);

        ReadModelWait.Result<Summary> result = ReadModelWait.await(() -> load(stale), Summary::version, 2L, TIMEOUT);

        assertThat(result.caughtUp()).isFalse();
        assertThat(result.document()).contains(stale);
    }

    @Test
    void givesUpAfterTheTimeoutWhenTheDocumentNeverAppears() {
        ReadModelWait.Result<Summary> result = ReadModelWait.await(this::nothing, Summary::version, 0L, TIMEOUT);

        assertThat(result.caughtUp()).isFalse();
        assertThat(result.document()).isEmpty();
    }

    @Test
    void isCaughtUpWithoutAMinimumVersionEvenWithoutADocument() {
        ReadModelWait.Result<Summary> result = ReadModelWait.await(this::nothing, Summary::version, null,
                Duration.ofMinutes(1));

        assertThat(result.caughtUp()).isTrue();
        assertThat(result.document()).isEmpty();
        assertThat(loads).hasValue(1);
    }

    @Test
    void prefersTheQueryParameterOverTheHeader() {
        assertThat(ReadModelWait.minVersion(4L, 9L)).isEqualTo(4L);
        assertThat(ReadModelWait.minVersion(null, 9L)).isEqualTo(9L);
        assertThat(ReadModelWait.minVersion(null, null)).isNull();
    }

    private Optional<Summary> load(Summary summary) {
        loads.incrementAndGet();
        return Optional.of(summary);
    }

    private Optional<Summary> nothing() {
        loads.incrementAndGet();
        return Optional.empty();
    }
}
