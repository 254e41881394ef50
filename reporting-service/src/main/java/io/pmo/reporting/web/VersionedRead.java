package io.pmo.reporting.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import io.pmo.platform.domain.NotFound;
import io.pmo.platform.web.IfMatch;
import io.pmo.platform.web.InvalidRequestException;
import io.pmo.platform.web.ReadModelWait;

/**
 * The answer of a read of one read-model document that carries its source aggregate's version: with
 * {@code ?minVersion=} (or {@code X-Min-Version}) it waits briefly for the document to reach that version, else
 * answers 202 with what it has; 404 for a document that does not exist (or is another tenant's) once caught up;
 * the version as ETag.
 */
final class VersionedRead {

    private VersionedRead() {
    }

    static <T> ResponseEntity<T> respond(Supplier<Optional<T>> load, ToLongFunction<T> version, Long minVersion,
            Long minVersionHeader, String notFound) {
        Long wanted = ReadModelWait.minVersion(minVersion, minVersionHeader);
        if (wanted != null && wanted < 0) {
            throw new InvalidRequestException("minVersion must be 0 or more",
                    List.of(Map.of("field", "minVersion", "message", "must be 0 or more")));
        }
        ReadModelWait.Result<T> result = ReadModelWait.await(load, version, wanted, ReadModelWait.DEFAULT_TIMEOUT);
        T document = result.document().orElse(null);
        if (document == null && result.caughtUp()) {
            throw new NotFound(notFound);
        }
        ResponseEntity.BodyBuilder response = ResponseEntity
                .status(result.caughtUp() ? HttpStatus.OK : HttpStatus.ACCEPTED);
        if (document != null) {
            response.eTag(IfMatch.etag(version.applyAsLong(document)));
        }
        return response.body(document);
    }
}
