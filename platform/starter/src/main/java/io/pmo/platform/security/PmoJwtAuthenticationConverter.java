package io.pmo.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import io.pmo.platform.domain.UserId;

/**
 * Turns a validated JWT into the caller: {@code sub} is the principal, {@code tenant} the tenant, each entry
 * of {@code roles} a {@code ROLE_} authority. A token without a usable subject or tenant, or without a role the
 * platform knows ({@link PmoRole}), is refused as an invalid token (401): every command and every read is scoped
 * to a tenant and granted by a role, so there is nothing such a caller could do, and a token that silently grants
 * reads without naming a role would be a hole in the role matrix. Roles the platform does not know are ignored
 * beside a known one. Used by the servlet and the reactive chain alike.
 */
public final class PmoJwtAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    /** Tenant ids follow the same rule as user ids: safe in metadata, logs and Mongo keys. */
    private static final Pattern SAFE_ID = Pattern.compile(UserId.PATTERN);

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String subject = jwt.getSubject();
        if (!UserId.isValid(subject)) {
            throw new InvalidBearerTokenException("The token has no usable subject (sub)");
        }
        Object tenant = jwt.getClaims().get(PmoCaller.TENANT_CLAIM);
        if (!(tenant instanceof String tenantId) || !SAFE_ID.matcher(tenantId).matches()) {
            throw new InvalidBearerTokenException("The token has no usable tenant claim");
        }
        Collection<GrantedAuthority> authorities = authorities(jwt.getClaims().get(PmoCaller.ROLES_CLAIM));
        if (authorities.isEmpty()) {
            throw new InvalidBearerTokenException("The token names no role of the platform (roles)");
        }
        return new JwtAuthenticationToken(jwt, authorities, subject);
    }

    /** The known roles of the {@code roles} claim, a list of names (a single string is accepted as one role). */
    private static Collection<GrantedAuthority> authorities(Object roles) {
        List<Object> names = roles instanceof Collection<?> many ? List.copyOf(many)
                : roles instanceof String single ? List.of(single) : List.of();
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (PmoRole role : PmoRole.values()) {
            if (names.contains(role.name())) {
                authorities.add(new SimpleGrantedAuthority(role.authority()));
            }
        }
        return authorities;
    }
}
