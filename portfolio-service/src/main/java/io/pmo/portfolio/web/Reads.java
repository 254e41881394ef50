package io.pmo.portfolio.web;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import org.springframework.http.ResponseEntity;

import io.pmo.platform.domain.NotFound;
import io.pmo.platform.web.ReadModelWait;

/** A read that may wait for a version (CONVENTIONS.md): 202 with what is there while behind, 404 if nothing. */
final class Reads {

    private Reads() {
    }

    static <T> ResponseEntity<T> await(Supplier<Optional<T>> load, ToLongFunction<T> version, Long minVersion,
            Long minVersionHeader, String notFound) {
        return ReadModelWait.respond(load, version, minVersion, minVersionHeader, () -> {
            throw new NotFound(notFound);
        }, document -> document);
    }
}
