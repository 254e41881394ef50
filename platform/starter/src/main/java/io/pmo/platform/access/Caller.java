package io.pmo.platform.access;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.axonframework.messaging.MetaData;

import io.pmo.platform.messaging.PmoMetadata;
import io.pmo.platform.security.PmoRole;

/**
 * Who sent a command, as far as the domain's write rules care: the principal and the roles the platform
 * stamped on a command sent for an HTTP request (from the caller's token). A command without roles metadata
 * was sent by the platform itself (a reaction to another context's event, a migration) and is
 * {@linkplain #internal() internal}: the HTTP role table does not apply to it, the domain rules still do.
 *
 * <p>Command handlers take a {@code Caller} parameter (resolved from the metadata by
 * {@link CallerParameterResolverFactory}) when a rule depends on who asks, e.g. "a project manager creates
 * only projects they manage".
 */
public record Caller(String principal, Set<String> roles, boolean internal) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    /** A caller who came through the API with these roles. */
    public static Caller of(String principal, Collection<String> roles) {
        return new Caller(principal, new LinkedHashSet<>(roles), false);
    }

    /** The platform itself, acting for {@code principal} (may be null). */
    public static Caller internal(String principal) {
        return new Caller(principal, Set.of(), true);
    }

    /** Reads the caller from a command's metadata: roles present means it came through the API. */
    public static Caller from(MetaData metaData) {
        Object principal = metaData.get(PmoMetadata.PRINCIPAL);
        String name = principal == null ? null : principal.toString();
        Object roles = metaData.get(PmoMetadata.ROLES);
        if (roles == null) {
            return internal(name);
        }
        return of(name, parseRoles(roles));
    }

    /** Roles as the metadata carries them: a comma-separated string (or, leniently, a collection). */
    static Set<String> parseRoles(Object roles) {
        Collection<?> values = roles instanceof Collection<?> collection ? collection
                : Arrays.asList(roles.toString().split(","));
        return values.stream().map(Object::toString).map(String::strip).filter(role -> !role.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public boolean hasRole(PmoRole role) {
        return roles.contains(role.name());
    }

    /** PMO_ADMIN may write everything of its tenant (CONVENTIONS.md). */
    public boolean isAdmin() {
        return hasRole(PmoRole.PMO_ADMIN);
    }

    /** Whether this caller is the given user. */
    public boolean is(String userId) {
        return principal != null && principal.equals(userId);
    }
}
