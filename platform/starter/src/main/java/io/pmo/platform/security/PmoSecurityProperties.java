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
 */
@ConfigurationProperties("pmo.security")
public record PmoSecurityProperties(String issuerUri, String jwkSetUri, Duration clockSkew) {

    public PmoSecurityProperties {
        issuerUri = issuerUri == null || issuerUri.isBlank() ? "http://localhost:9000" : issuerUri;
        jwkSetUri = jwkSetUri == null || jwkSetUri.isBlank() ? issuerUri + "/oauth2/jwks" : jwkSetUri;
        clockSkew = clockSkew == null ? Duration.ofSeconds(5) : clockSkew;
    }
}
