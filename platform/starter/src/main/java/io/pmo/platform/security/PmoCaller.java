package io.pmo.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who calls: the token's subject, its tenant and its roles. Built only from a validated JWT (see
 * {@link PmoJwtAuthenticationConverter}); no header can set any of it.
 */
public record PmoCaller(String tenantId, String principal, Set<PmoRole> roles) {

    /** The claim that names the caller's tenant. */
    public static final String TENANT_CLAIM = "tenant";

    /** The claim that lists the caller's roles. */
    public static final String ROLES_CLAIM = "roles";

    public PmoCaller {
        roles = Set.copyOf(roles);
    }

    /** The caller behind an authentication, empty for an anonymous or non-token one. */
    public static Optional<PmoCaller> of(Authentication authentication) {
        if (!(authentication instanceof JwtAuthenticationToken token) || !token.isAuthenticated()) {
            return Optional.empty();
        }
        String tenant = token.getToken().getClaimAsString(TENANT_CLAIM);
        if (tenant == null) {
            return Optional.empty();
        }
        return Optional.of(new PmoCaller(tenant, token.getName(), roles(token.getAuthorities())));
    }

    /** The roles granted by a set of authorities; authorities that are not PMO roles are ignored. */
    static Set<PmoRole> roles(Collection<? extends GrantedAuthority> authorities) {
        Set<PmoRole> roles = EnumSet.noneOf(PmoRole.class);
        for (PmoRole role : PmoRole.values()) {
            for (GrantedAuthority authority : authorities) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }
}
