package io.pmo.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/** Claims to caller: what a token must carry and what it grants. */
class PmoJwtAuthenticationConverterTests {

    private final PmoJwtAuthenticationConverter converter = new PmoJwtAuthenticationConverter();

    @Test
    void makesTheSubjectThePrincipalTheTenantClaimTheTenantAndEachRoleAnAuthority() {
        AbstractAuthenticationToken authentication = converter.convert(jwt(claims -> claims.subject("dev-acme-viewer")
                .claim("tenant", "acme").claim("roles", List.of("PROJECT_MANAGER", "VIEWER"))));

        assertThat(authentication.getName()).isEqualTo("dev-acme-viewer");
        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_PROJECT_MANAGER", "ROLE_VIEWER");
        assertThat(PmoCaller.of(authentication)).contains(
                new PmoCaller("acme", "dev-acme-viewer", Set.of(PmoRole.PROJECT_MANAGER, PmoRole.VIEWER)));
    }

    @Test
    void refusesATokenWithoutTenant() {
        assertThatThrownBy(() -> converter.convert(jwt(claims -> claims.subject("u-1").claim("roles", List.of("VIEWER")))))
                .isInstanceOf(InvalidBearerTokenException.class).hasMessageContaining("tenant");
    }

    @Test
    void refusesATokenWithoutSubject() {
        assertThatThrownBy(() -> converter.convert(jwt(claims -> claims.claim("tenant", "acme").claim("roles", "VIEWER"))))
                .isInstanceOf(InvalidBearerTokenException.class).hasMessageContaining("sub");
    }

    @Test
    void refusesATenantThatIsNotAStringOrNotASafeId() {
        assertThatThrownBy(() -> converter.convert(jwt(claims -> claims.subject("u-1").claim("tenant", List.of("acme")))))
                .isInstanceOf(InvalidBearerTokenException.class);
        assertThatThrownBy(() -> converter.convert(jwt(claims -> claims.subject("u-1").claim("tenant", "acme\"}"))))
                .isInstanceOf(InvalidBearerTokenException.class);
    }

    @Test
    void refusesATokenWithoutRolesOrWithOnlyRolesThePlatformDoesNotKnow() {
        assertThatThrownBy(() -> converter.convert(jwt(claims -> claims.subject("u-1").claim("tenant", "acme"))))
                .isInstanceOf(InvalidBearerTokenException.class).hasMessageContaining("roles");
        assertThatThrownBy(() -> converter.convert(jwt(claims -> claims.subject("u-1").claim("tenant", "acme")
                .claim("roles", List.of())))).isInstanceOf(InvalidBearerTokenException.class);
        assertThatThrownBy(() -> converter.convert(jwt(claims -> claims.subject("u-1").claim("tenant", "acme")
                .claim("roles", List.of("SUPERUSER"))))).isInstanceOf(InvalidBearerTokenException.class);
    }

    @Test
    void ignoresRolesThePlatformDoesNotKnowBesideAKnownOne() {
        AbstractAuthenticationToken mixed = converter.convert(jwt(claims -> claims.subject("u-1").claim("tenant", "acme")
                .claim("roles", List.of("SUPERUSER", "VIEWER"))));
        AbstractAuthenticationToken single = converter.convert(jwt(claims -> claims.subject("u-1").claim("tenant", "acme")
                .claim("roles", "VIEWER")));

        assertThat(mixed.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_VIEWER");
        assertThat(PmoCaller.of(single).orElseThrow().roles()).containsExactly(PmoRole.VIEWER);
    }

    @Test
    void knowsNoCallerBehindAnAuthenticationThatIsNotAToken() {
        assertThat(PmoCaller.of(new TestingAuthenticationToken("u-1", "pw", "ROLE_PMO_ADMIN"))).isEmpty();
        assertThat(PmoCaller.of(null)).isEmpty();
    }

    private static Jwt jwt(Consumer<Jwt.Builder> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256").issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60));
        claims.accept(builder);
        return builder.build();
    }
}
