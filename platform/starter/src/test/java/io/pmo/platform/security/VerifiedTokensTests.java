package io.pmo.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/** The cache of verified tokens in front of the signature check. */
class VerifiedTokensTests {

    private final AtomicInteger verifications = new AtomicInteger();

    /** The test issuer's decoder (signature and {@link PmoJwtValidation}), counting its calls. */
    private final JwtDecoder verifying = token -> {
        verifications.incrementAndGet();
        return TestTokens.decoder().decode(token);
    };

    /** Whether remembered tokens still pass validation, as the clock passing their expiry would end. */
    private final AtomicBoolean stillValid = new AtomicBoolean(true);

    private final OAuth2TokenValidator<Jwt> validator = jwt -> stillValid.get() ? OAuth2TokenValidatorResult.success()
            : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "expired", null));

    private static String token(String subject) {
        return TestTokens.bearer("acme", subject, PmoRole.PMO_ADMIN).substring("Bearer ".length());
    }

    @Test
    void verifiesTheSignatureOfATokenOnceAndAnswersItsLaterUsesWithTheSameClaims() {
        JwtDecoder decoder = new VerifiedTokens(100, Duration.ofMinutes(5), validator).rememberingJwt(verifying);
        String token = token("ann");

        Jwt first = decoder.decode(token);
        Jwt second = decoder.decode(token);
        decoder.decode(token("bob"));

        assertThat(verifications).hasValue(2);
        assertThat(second.getClaims()).isEqualTo(first.getClaims());
        assertThat(second.getSubject()).isEqualTo("ann");
    }

    @Test
    void aRememberedTokenThatNoLongerPassesValidationIsVerifiedAfreshAndRefusedTheUsualWay() {
        VerifiedTokens tokens = new VerifiedTokens(100, Duration.ofMinutes(5), validator);
        JwtDecoder decoder = tokens.rememberingJwt(token -> {
            verifications.incrementAndGet();
            if (!stillValid.get()) {
                throw new JwtValidationException("expired", java.util.List.of(new OAuth2Error("invalid_token")));
            }
            return TestTokens.decoder().decode(token);
        });
        String token = token("ann");
        decoder.decode(token);

        stillValid.set(false);

        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtValidationException.class);
        assertThat(verifications).hasValue(2);
        assertThat(tokens.size()).isZero();
    }

    @Test
    void neverRemembersATokenThatFailedVerification() {
        VerifiedTokens tokens = new VerifiedTokens(100, Duration.ofMinutes(5), validator);
        JwtDecoder decoder = tokens.rememberingJwt(verifying);
        String token = token("ann");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);

        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> decoder.decode(forged)).isInstanceOf(BadJwtException.class);
        }

        assertThat(verifications).hasValue(3);
        assertThat(tokens.size()).isZero();
    }

    @Test
    void remembersAtMostTheConfiguredNumberOfTokens() {
        VerifiedTokens tokens = new VerifiedTokens(3, Duration.ofMinutes(5), validator);
        JwtDecoder decoder = tokens.rememberingJwt(verifying);

        for (int user = 0; user < 20; user++) {
            decoder.decode(token("user-" + user));
        }

        assertThat(tokens.size()).isLessThanOrEqualTo(3);
    }

    @Test
    void theReactiveDecoderVerifiesATokenOnceToo() {
        ReactiveJwtDecoder decoder = new VerifiedTokens(100, Duration.ofMinutes(5), validator)
                .rememberingReactive(token -> reactor.core.publisher.Mono.fromCallable(() -> verifying.decode(token)));
        String token = token("ann");

        assertThat(decoder.decode(token).block().getSubject()).isEqualTo("ann");
        assertThat(decoder.decode(token).block().getSubject()).isEqualTo("ann");

        assertThat(verifications).hasValue(1);
    }

    @Test
    void isOffWithZeroTokens() {
        PmoSecurityProperties off = new PmoSecurityProperties(TestTokens.ISSUER, null, null, 0, null);

        assertThat(VerifiedTokens.caching(verifying, off)).isSameAs(verifying);
        assertThatThrownBy(() -> new PmoSecurityProperties(TestTokens.ISSUER, null, null, -1, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
