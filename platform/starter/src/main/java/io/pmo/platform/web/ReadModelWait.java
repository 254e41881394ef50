package io.pmo.platform.web;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Read-your-writes over eventually consistent read models: a read with {@code ?minVersion=N} (or
 * {@code X-Min-Version}) waits, bounded, until the document has caught up with version N.
 */
public final class ReadModelWait {

    /** How long a read waits for its read model before it answers 202. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);

    private static final long POLL_MILLIS = 20;

    private ReadModelWait() {
    }

    /** The outcome: the document (if any) and whether it has reached the requested version. */
    public record Result<T>(Optional<T> document, boolean caughtUp) {
    }

    public static <T> Result<T> await(Supplier<Optional<T>> load, ToLongFunction<T> version, Long minVersion,
            Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<T> document = load.get();
            boolean caughtUp = minVersion == null
                    || document.map(d -> version.applyAsLong(d) >= minVersion).orElse(false);
            if (caughtUp || System.nanoTime() > deadline) {
                return new Result<>(document, caughtUp);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return new Result<>(document, false);
            }
        }
    }

    /** {@code ?minVersion} wins over {@code X-Min-Version}; both optional. */
    public static Long minVersion(Long queryParameter, Long header) {
        return queryParameter != null ? queryParameter : header;
    }
}
