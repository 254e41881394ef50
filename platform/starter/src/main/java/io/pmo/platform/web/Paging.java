package io.pmo.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The paging rules of every list (CONVENTIONS.md): {@code page >= 0}, {@code 1 <= size <= 200}. */
public final class Paging {

    public static final int MAX_SIZE = 200;

    private Paging() {
    }

    /** @throws InvalidRequestException (400) naming each parameter at fault */
    public static void check(int page, int size) {
        List<Map<String, String>> errors = new ArrayList<>();
        if (page < 0) {
            errors.add(Map.of("field", "page", "message", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_SIZE) {
            errors.add(Map.of("field", "size", "message", "must be between 1 and " + MAX_SIZE));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("Invalid paging parameters", errors);
        }
    }
}
