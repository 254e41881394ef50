package io.pmo.platform.consumer;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * How far a read-model rebuild is, as {@code GET /api/v1/admin/consumers/{group}/rebuilds/{id}} answers it.
 *
 * @param id the rebuild
 * @param group the consumer group rebuilt
 * @param state RUNNING, then SWAPPED, FAILED or CANCELLED
 * @param phase what a running rebuild does: REPLAYING (offset 0 to the end offsets taken at its start),
 * CATCHING_UP (live listeners paused, up to their committed offsets), SWAPPING (renaming), DONE
 * @param eventsDone records handled so far (applied or skipped as duplicates)
 * @param eventsTotal the records between the beginning and the end offsets of every partition at the start, plus
 * those the catch-up added
 * @param rate records per second since the start (until the end, once finished)
 * @param eta when a running rebuild should be done at that rate; null before the first record or once finished
 * @param startedAt when it started
 * @param finishedAt when it swapped, failed or was cancelled; null while it runs
 * @param collections each live collection and the shadow collection it is rebuilt into
 * @param failure why it failed, null otherwise
 */
public record RebuildProgress(String id, String group, State state, Phase phase, long eventsDone, long eventsTotal,
        double rate, Instant eta, Instant startedAt, Instant finishedAt, Map<String, String> collections,
        String failure) {

    /** Where a rebuild is in its life. */
    public enum State {
        RUNNING, SWAPPED, FAILED, CANCELLED
    }

    /** What a running rebuild does. */
    public enum Phase {
        REPLAYING, CATCHING_UP, SWAPPING, DONE
    }

    /**
     * The rate and the ETA from the counts and the clock: {@code rate = done / elapsed} (elapsed up to
     * {@code finishedAt} once finished, so a finished rebuild keeps its rate), {@code eta = now + (total - done) /
     * rate} while it runs and the rate is known.
     */
    static RebuildProgress of(String id, String group, State state, Phase phase, long done, long total,
            Instant startedAt, Instant finishedAt, Instant now, Map<String, String> collections, String failure) {
        Instant until = finishedAt != null ? finishedAt : now;
        long elapsedMillis = Math.max(0, Duration.between(startedAt, until).toMillis());
        double rate = elapsedMillis == 0 ? 0 : done * 1000.0 / elapsedMillis;
        Instant eta = null;
        if (state == State.RUNNING && rate > 0) {
            long remaining = Math.max(0, total - done);
            eta = now.plusMillis(Math.round(remaining * 1000.0 / rate));
        }
        return new RebuildProgress(id, group, state, phase, done, total, Math.round(rate * 10) / 10.0, eta,
                startedAt, finishedAt, Map.copyOf(collections), failure);
    }
}
