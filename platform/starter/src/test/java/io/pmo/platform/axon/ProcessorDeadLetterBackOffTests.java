package io.pmo.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.junit.jupiter.api.Test;

/** A parked aggregate waits the interval after its first failure, twice that after the second, at most an hour. */
class ProcessorDeadLetterBackOffTests {

    private static final Instant TOUCHED = Instant.parse("2027-01-04T09:00:00Z");

    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Test
    void doublesTheWaitWithEachFailureUpToAnHour() {
        assertThat(ProcessorDeadLetters.dueAt(failed(1), MINUTE)).isEqualTo(TOUCHED.plus(MINUTE));
        assertThat(ProcessorDeadLetters.dueAt(failed(2), MINUTE)).isEqualTo(TOUCHED.plus(Duration.ofMinutes(2)));
        assertThat(ProcessorDeadLetters.dueAt(failed(4), MINUTE)).isEqualTo(TOUCHED.plus(Duration.ofMinutes(8)));
        assertThat(ProcessorDeadLetters.dueAt(failed(7), MINUTE)).isEqualTo(TOUCHED.plus(Duration.ofHours(1)));
        assertThat(ProcessorDeadLetters.dueAt(failed(500), MINUTE)).isEqualTo(TOUCHED.plus(Duration.ofHours(1)));
    }

    @Test
    void treatsALetterWithoutCountedAttemptsAsFailedOnce() {
        GenericDeadLetter<EventMessage<?>> letter = new GenericDeadLetter<>("widget-1", message(),
                new ThrowableCause(new IllegalStateException("down")), TOUCHED, TOUCHED, MetaData.emptyInstance());

        assertThat(ProcessorDeadLetters.dueAt(letter, MINUTE)).isEqualTo(TOUCHED.plus(MINUTE));
    }

    private static GenericDeadLetter<EventMessage<?>> failed(int attempts) {
        return new GenericDeadLetter<>("widget-1", message(), new ThrowableCause(new IllegalStateException("down")),
                TOUCHED, TOUCHED, MetaData.with(PmoProcessorDeadLetterAutoConfiguration.ATTEMPTS, attempts));
    }

    private static EventMessage<?> message() {
        return GenericEventMessage.asEventMessage("renamed");
    }
}
