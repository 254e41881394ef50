package io.pmo.gateway.limits;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One token bucket per key, in memory (the gateway has no shared store; each replica limits on its own, so the
 * effective limit is the configured one times the replicas). A bucket holds up to {@code burst} tokens, refills
 * at {@code ratePerSecond} and a request takes one token.
 *
 * <p>The map stays bounded: a bucket that has refilled to the brim says nothing a fresh bucket would not, so it is
 * dropped when the map is swept (at most once per {@link #SWEEP_EVERY} and whenever the map is full). If the map is
 * still full of busy buckets, some of them are dropped as well: those callers get a fresh burst, which is the
 * price of a fixed memory bound under a flood of distinct principals (each of which needs a valid token).
 *
 * <p>Time comes from the {@link Clock}, so tests drive refills without sleeping.
 */
public final class TokenBuckets {

    static final Duration SWEEP_EVERY = Duration.ofSeconds(30);

    private final Clock clock;

    private final double ratePerNano;

    private final double ratePerSecond;

    private final int burst;

    private final int maxKeys;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private volatile long lastSweep;

    public TokenBuckets(Clock clock, double ratePerSecond, int burst, int maxKeys) {
        this.clock = clock;
        this.ratePerSecond = ratePerSecond;
        this.ratePerNano = ratePerSecond / 1e9;
        this.burst = burst;
        this.maxKeys = maxKeys;
        this.lastSweep = now();
    }

    /** Takes a token for this key: the answer says whether there was one, and if not, when there will be. */
    public Decision take(String key) {
        long now = now();
        if (buckets.size() >= maxKeys || now - lastSweep >= SWEEP_EVERY.toNanos()) {
            sweep(now);
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(burst, now)).take(now);
    }

    /** How many buckets are kept (tests: the bound holds). */
    int size() {
        return buckets.size();
    }

    private synchronized void sweep(long now) {
        lastSweep = now;
        buckets.values().removeIf(bucket -> bucket.fullAt(now));
        Iterator<Bucket> busy = buckets.values().iterator();
        while (buckets.size() >= maxKeys && busy.hasNext()) {
            busy.next();
            busy.remove();
        }
    }

    private long now() {
        // nanosecond resolution from the clock's instant: enough for any rate, and a fixed clock stands still
        java.time.Instant instant = clock.instant();
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    /** Whether a request may pass; if not, the whole seconds until a token is back (at least 1). */
    public record Decision(boolean allowed, long retryAfterSeconds, long remaining) {
    }

    private final class Bucket {

        private double tokens;

        private long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }

        synchronized Decision take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return new Decision(true, 0, (long) Math.floor(tokens));
            }
            double seconds = (1 - tokens) / ratePerSecond;
            return new Decision(false, Math.max(1, (long) Math.ceil(seconds)), 0);
        }

        synchronized boolean fullAt(long now) {
            refill(now);
            return tokens >= burst;
        }

        private void refill(long now) {
            if (now > updated) {
                tokens = Math.min(burst, tokens + (now - updated) * ratePerNano);
                updated = now;
            }
        }
    }
}
