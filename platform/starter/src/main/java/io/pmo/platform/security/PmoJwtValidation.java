package io.pmo.platform.security;

import java.time.Instant;
import java.util.Objects;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

/**
 * The checks every PMO token passes after its signature (RS256, a key of the issuer's key set): it has an
 * expiry and is within it (give or take the configured skew), and it comes from the configured issuer. The
 * servlet and the reactive decoder share them.
 */
public final class PmoJwtValidation {

    private PmoJwtValidation() {
    }

    public static OAuth2TokenValidator<Jwt> validator(PmoSecurityProperties properties) {
        return new DelegatingOAuth2TokenValidator<>(
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtTimestampValidator(properties.clockSkew()),
                new JwtIssuerValidator(properties.issuerUri()));
    }
}
