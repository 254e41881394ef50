package io.pmo.platform.testing;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The one wait before asserting that nothing was lost (STYLE.md, Tests): until every publisher has caught up
 * with its event store and every consumer group has no lag, i.e. nothing is in flight. Probes come from
 * {@link KafkaProbes} and {@link EventStoreProbes}; a test names all of them, so "quiet" means the whole system.
 *
 * <pre>{@code
 * Quiescence.await(Duration.ofSeconds(90),
 *         EventStoreProbes.publisher(jdbcUrl, "postgres", "postgres", "kafka-publisher"),
 *         KafkaProbes.allConsumerGroups(bootstrapServers));
 * }</pre>
 */
public final class Quiescence {

    private static final Duration POLL = Duration.ofMillis(200);

    private Quiescence() {
    }

    /**
     * Waits until every probe reads 0 in the same round.
     * @throws AssertionError naming each probe's last reading if that does not happen within {@code atMost}
     */
    public static void await(Duration atMost, Probe... probes) {
        await(atMost, List.of(probes));
    }

    public static void await(Duration atMost, List<Probe> probes) {
        Map<String, Object> last = new LinkedHashMap<>();
        try {
            Awaitility.await().atMost(atMost).pollInterval(POLL).pollDelay(Duration.ZERO).until(() -> {
                boolean quiet = true;
                for (Probe probe : probes) {
                    long behind;
                    try {
                        behind = probe.behind();
                    }
                    catch (RuntimeException ex) {
                        last.put(probe.name(), ex.toString());
                        quiet = false;
                        continue;
                    }
                    last.put(probe.name(), behind);
                    quiet &= behind == 0;
                }
                return quiet;
            });
        }
        catch (ConditionTimeoutException ex) {
            throw new AssertionError("Not quiescent within " + atMost + "; last readings: " + last, ex);
        }
    }
}
