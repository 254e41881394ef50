package io.pmo.platform.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * A service's role table for its API: the one place that says who may write what (CONVENTIONS.md Security).
 * The platform's part is fixed and applies to every service:
 * <ul>
 * <li>{@code GET} and {@code HEAD} on {@code /api/**}: any authenticated caller (every role reads, and reads
 * only its own tenant);</li>
 * <li>{@code /api/v1/admin/**}, any method: {@link PmoRole#PMO_ADMIN} only, whatever a service's rules say;</li>
 * <li>any other request: refused (403) unless one of the service's rules grants it.</li>
 * </ul>
 * A service declares its rules as one bean:
 * <pre>
 * &#64;Bean
 * PmoAccessRules projectAccessRules() {
 *     return PmoAccessRules.builder()
 *             .allow(HttpMethod.POST, "/api/v1/projects/**", PmoRole.PMO_ADMIN, PmoRole.PROJECT_MANAGER)
 *             .build();
 * }
 * </pre>
 * Finer rules that depend on the resource ("a project manager writes only projects they manage") belong to the
 * aggregate, which sees the caller's roles and principal in the command metadata.
 */
public final class PmoAccessRules {

    /** The methods that change something. */
    public static final Set<HttpMethod> WRITE_METHODS = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);

    private static final PathPattern API = PathPatternParser.defaultInstance.parse("/api/**");

    private static final PathPattern ADMIN = PathPatternParser.defaultInstance.parse("/api/v1/admin/**");

    private static final PmoAccessRules NONE = new PmoAccessRules(List.of(), List.of());

    private final List<Rule> rules;

    private final List<String> openForReading;

    private PmoAccessRules(List<Rule> rules, List<String> openForReading) {
        this.rules = List.copyOf(rules);
        this.openForReading = List.copyOf(openForReading);
    }

    /**
     * Path patterns anyone may {@code GET} without a token (besides the platform's fixed open paths: probes,
     * scraping, the OpenAPI document). Never data: documentation and the like.
     */
    public String[] openForReading() {
        return openForReading.toArray(String[]::new);
    }

    /** The table of a service that writes nothing but the admin endpoints. */
    public static PmoAccessRules none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether an authenticated caller with these roles may make this request. The path is the path within the
     * application, as the web stack parsed it (so an encoded or decorated spelling matches like the plain one).
     */
    public boolean allows(HttpMethod method, PathContainer path, Set<PmoRole> roles) {
        if (ADMIN.matches(path)) {
            return roles.contains(PmoRole.PMO_ADMIN);
        }
        if ((HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)) && API.matches(path)) {
            return true;
        }
        for (Rule rule : rules) {
            if (rule.method().equals(method) && rule.pattern().matches(path)
                    && (rule.roles() == null || rule.roles().stream().anyMatch(roles::contains))) {
                return true;
            }
        }
        return false;
    }

    /** Convenience for tests and logs: a path as a string. */
    public boolean allows(HttpMethod method, String path, Set<PmoRole> roles) {
        return allows(method, PathContainer.parsePath(path), roles);
    }

    /** One grant: this method on paths matching this pattern, for these roles (null: any authenticated caller). */
    private record Rule(HttpMethod method, PathPattern pattern, Set<PmoRole> roles) {
    }

    public static final class Builder {

        private final List<Rule> rules = new ArrayList<>();

        private final List<String> openForReading = new ArrayList<>();

        private Builder() {
        }

        /**
         * Grants a write to callers holding any of the roles. The pattern is a Spring path pattern;
         * {@code /api/v1/projects/**} also matches {@code /api/v1/projects}.
         */
        public Builder allow(HttpMethod method, String pattern, PmoRole first, PmoRole... more) {
            rules.add(new Rule(method, parse(pattern), Set.copyOf(EnumSet.of(first, more))));
            return this;
        }

        /**
         * Grants a request to any authenticated caller. Meant for the gateway, which authenticates and leaves
         * the role decision to the service behind it; a service that uses it gives up its deny-by-default.
         */
        public Builder allowAnyAuthenticated(HttpMethod method, String pattern) {
            rules.add(new Rule(method, parse(pattern), null));
            return this;
        }

        /**
         * Lets anyone read these paths without a token (Spring path patterns). Meant for documentation such as
         * the gateway's API docs; the table's write rules do not apply to them, and only {@code GET} is opened.
         */
        public Builder openForReading(String... patterns) {
            for (String pattern : patterns) {
                parse(pattern);
                openForReading.add(pattern);
            }
            return this;
        }

        public PmoAccessRules build() {
            return new PmoAccessRules(rules, openForReading);
        }

        private static PathPattern parse(String pattern) {
            return PathPatternParser.defaultInstance.parse(pattern);
        }
    }
}
