package io.pmo.platform.web;

import java.net.URI;
import java.util.Locale;

import org.springframework.http.HttpStatus;

/**
 * The {@code type} URI of a platform problem for a status. Free of Spring MVC on purpose: the reactive gateway
 * writes its 401 and 403 bodies with it and has no servlet classes on its classpath (it broke on the missing
 * {@code ResponseBodyAdvice} of {@link ProblemTypes} when it ran on its own, outside the dev stack).
 */
public final class ProblemType {

    /** The base of every problem type of the platform. */
    public static final String BASE = "https://pmo.io/problems/";

    private ProblemType() {
    }

    /** The type of a problem with this status: {@code https://pmo.io/problems/not-found} for 404. */
    public static URI of(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        String name = known == null ? String.valueOf(status)
                : known.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return URI.create(BASE + name);
    }
}
