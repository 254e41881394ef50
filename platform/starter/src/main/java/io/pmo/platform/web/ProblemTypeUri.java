package io.pmo.platform.web;

import java.net.URI;
import java.util.Locale;

import org.springframework.http.HttpStatus;

/**
 * The {@code type} of a platform problem with a given status, {@code https://pmo.io/problems/<reason>}. Free of the
 * servlet stack (unlike {@link ProblemTypes}, a Spring MVC advice), so the reactive gateway names its own problems
 * (401, 429, 503) the same way as the services.
 */
public final class ProblemTypeUri {

    /** The base of every problem type of the platform. */
    public static final String BASE = "https://pmo.io/problems/";

    private ProblemTypeUri() {
    }

    /** The type of a problem with this status: {@code https://pmo.io/problems/not-found} for 404. */
    public static URI of(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        String name = known == null ? String.valueOf(status)
                : known.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return URI.create(BASE + name);
    }
}
