package io.pmo.platform.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import io.pmo.platform.domain.NotFound;

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

    /**
     * A read that may wait for a version (CONVENTIONS.md), as a response: 202 with what is there while the read model
     * is behind; else 200 with the document (or {@code whenMissing}'s: defaults, or a thrown {@code NotFound}) and
     * its version as ETag when it has one (a version below 0 means none).
     */
    public static <T, R> ResponseEntity<R> respond(Supplier<Optional<T>> load, ToLongFunction<T> version,
            Long minVersion, Long minVersionHeader, Supplier<T> whenMissing, Function<T, R> view) {
        Long wanted = minVersion(minVersion, minVersionHeader);
        if (wanted != null && wanted < 0) {
            throw new InvalidRequestException("minVersion must be 0 or more",
                    List.of(Map.of("field", "minVersion", "message", "must be 0 or more")));
        }
        Result<T> result = await(load, version, wanted, DEFAULT_TIMEOUT);
        if (!result.caughtUp()) {
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(result.document().map(view).orElse(null));
        }
        T document = result.document().orElseGet(whenMissing);
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        long current = version.applyAsLong(document);
        if (current >= 0) {
            ok.eTag(IfMatch.etag(current));
        }
        return ok.body(view.apply(document));
    }

    /** {@link #respond} of one document that must exist: 404 ({@code NotFound}) once caught up without it. */
    public static <T> ResponseEntity<T> respond(Supplier<Optional<T>> load, ToLongFunction<T> version,
            Long minVersion, Long minVersionHeader, String notFound) {
        return respond(load, version, minVersion, minVersionHeader, () -> {
            throw new NotFound(notFound);
        }, Function.identity());
    }

    /** {@code ?minVersion} wins over {@code X-Min-Version}; both optional. */
    public static Long minVersion(Long queryParameter, Long header) {
        return queryParameter != null ? queryParameter : header;
    }
}
