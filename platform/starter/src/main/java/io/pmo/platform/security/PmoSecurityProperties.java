package io.pmo.platform.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where tokens come from, under {@code pmo.security.*}. The defaults are the dev stack's issuer; the compose
 * and production profiles point both URIs at their OIDC provider. Nothing is fetched at start: the key set is
 * loaded on the first token, so services and the issuer may start in any order.
 *
 * @param issuerUri the only {@code iss} a token may carry
 * @param jwkSetUri the issuer's public keys
 * @param clockSkew how far {@code exp} and {@code nbf} may be off; Spring's default of 60 s would keep an
 * expired token working for a minute
 * @param verifiedTokens how many verified tokens each decoder remembers ({@link VerifiedTokens}); 0 verifies every
 * request's token afresh
 * @param verifiedTokenTtl how long a verified token is remembered at most
 */
@ConfigurationProperties("pmo.security")
public record PmoSecurityProperties(String issuerUri, String jwkSetUri, Duration clockSkew, Integer verifiedTokens,
        Duration verifiedTokenTtl) {

    public PmoSecurityProperties {
        issuerUri = issuerUri == null || issuerUri.isBlank() ? "http://localhost:9000" : issuerUri;
        jwkSetUri = jwkSetUri == null || jwkSetUri.isBlank() ? issuerUri + "/oauth2/jwks" : jwkSetUri;
        clockSkew = clockSkew == null ? Duration.ofSeconds(5) : clockSkew;
        verifiedTokens = verifiedTokens == null ? 10_000 : verifiedTokens;
        verifiedTokenTtl = verifiedTokenTtl == null ? Duration.ofMinutes(5) : verifiedTokenTtl;
        if (verifiedTokens < 0 || verifiedTokenTtl.isNegative() || verifiedTokenTtl.isZero()) {
            throw new IllegalArgumentException("pmo.security.verified-tokens must be >= 0 and "
                    + "pmo.security.verified-token-ttl positive");
        }
    }
}
