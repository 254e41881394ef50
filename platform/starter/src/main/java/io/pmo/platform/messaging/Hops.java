package io.pmo.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The hops of an event on its way from the event store to a read model, timed separately so that the lag can be
 * broken down: {@code store_to_publisher} (event time to the publisher's send, on the publishing service),
 * {@code kafka_ack} (send to acknowledgement), {@code kafka_to_consumer} (the publisher's send to the consumer's
 * receipt, read from the {@value #PUBLISHED_AT} header), {@code read_model_write} (the handlers' writes) and
 * {@code offset_commit} (writes done to offset committed). Each is a histogram, {@code pmo.publisher.hop} or
 * {@code pmo.consumer.hop} with tag {@code hop}. Hops across services compare two hosts' clocks.
 */
public final class Hops {

    /** Kafka header: when the publisher sent the record, in microseconds since the epoch. */
    public static final String PUBLISHED_AT = "pmo-published-at";

    private Hops() {
    }

    /** A hop or lag histogram as every PMO timer of an event's journey is: 1 ms to 10 minutes, for percentiles. */
    public static Timer timer(MeterRegistry meters, String name, String description, String... tags) {
        return Timer.builder(name).description(description).tags(tags).publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofMinutes(10))
                .register(meters);
    }

    public static void stampPublishedAt(Headers headers, Instant now) {
        long micros = now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
        headers.add(PUBLISHED_AT, Long.toString(micros).getBytes(StandardCharsets.US_ASCII));
    }

    /** The {@value #PUBLISHED_AT} instant of a record, or null if it has none or an unreadable one. */
    public static Instant publishedAt(Headers headers) {
        Header header = headers.lastHeader(PUBLISHED_AT);
        if (header == null || header.value() == null || header.value().length > 20) {
            return null;
        }
        try {
            long micros = Long.parseLong(new String(header.value(), StandardCharsets.US_ASCII));
            return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000);
        }
        catch (NumberFormatException ex) {
            return null;
        }
    }

    /** Records the time between two instants, or nothing if it would be negative (clocks of two hosts). */
    public static void record(Timer timer, Instant from, Instant to) {
        if (from != null && to != null && !to.isBefore(from)) {
            timer.record(Duration.between(from, to));
        }
    }
}
