package io.pmo.platform.web;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpHeaders;

/**
 * Optimistic concurrency on HTTP: a resource's ETag is its aggregate version ({@code "3"}); writes accept
 * {@code If-Match} with that value (quoted, weak or bare) and are refused with 409 when it is stale.
 */
public final class IfMatch {

    private static final Pattern VERSION = Pattern.compile("^\\s*(?:W/)?(?:\"(\\d{1,18})\"|(\\d{1,18}))\\s*$");

    private IfMatch() {
    }

    /** The expected version, or null when the header is absent ({@code *} also means no expectation). */
    public static Long expectedVersion(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        Matcher matcher = VERSION.matcher(header);
        if (!matcher.matches()) {
            throw new InvalidRequestException("If-Match must be the version from the resource's ETag, e.g. \"3\"",
                    List.of(Map.of("field", HttpHeaders.IF_MATCH, "message", "not a version: " + header)));
        }
        return Long.parseLong(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
