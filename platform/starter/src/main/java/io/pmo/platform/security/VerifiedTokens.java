package io.pmo.platform.security;

import java.time.Duration;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import reactor.core.publisher.Mono;

/**
 * Tokens whose RS256 signature was verified already, so that a client sending the same token on every request pays
 * the verification once rather than per request, at the gateway and again in each service (it was their main CPU
 * cost under load). Keyed by the whole compact token, signature included: the same bytes verify the same way. A hit
 * is validated again on every use ({@link PmoJwtValidation}: expiry, not-before, issuer), so an expired token is
 * refused exactly as before; a token that fails it is dropped and decoded afresh, which gives the usual error.
 * Bounded: at most {@code pmo.security.verified-tokens} tokens, each for at most
 * {@code pmo.security.verified-token-ttl} (so a key withdrawn from the issuer's key set stops being accepted within
 * it); only successfully verified tokens are kept, so a flood of forged tokens cannot evict good ones faster than
 * it pays to verify them.
 */
public final class VerifiedTokens {

    private final Cache<String, Jwt> verified;

    private final OAuth2TokenValidator<Jwt> validator;

    VerifiedTokens(int maxTokens, Duration ttl, OAuth2TokenValidator<Jwt> validator) {
        this.verified = Caffeine.newBuilder().maximumSize(maxTokens).expireAfterWrite(ttl).build();
        this.validator = validator;
    }

    /** The decoder, with verified tokens remembered; the decoder itself if the cache is off. */
    static JwtDecoder caching(JwtDecoder decoder, PmoSecurityProperties properties) {
        return properties.verifiedTokens() == 0 ? decoder : of(properties).rememberingJwt(decoder);
    }

    /** The reactive decoder, with verified tokens remembered; the decoder itself if the cache is off. */
    static ReactiveJwtDecoder caching(ReactiveJwtDecoder decoder, PmoSecurityProperties properties) {
        return properties.verifiedTokens() == 0 ? decoder : of(properties).rememberingReactive(decoder);
    }

    JwtDecoder rememberingJwt(JwtDecoder decoder) {
        return token -> {
            Jwt known = valid(token);
            if (known != null) {
                return known;
            }
            Jwt jwt = decoder.decode(token);
            verified.put(token, jwt);
            return jwt;
        };
    }

    ReactiveJwtDecoder rememberingReactive(ReactiveJwtDecoder decoder) {
        return token -> {
            Jwt known = valid(token);
            return known != null ? Mono.just(known) : decoder.decode(token).doOnNext(jwt -> verified.put(token, jwt));
        };
    }

    private static VerifiedTokens of(PmoSecurityProperties properties) {
        return new VerifiedTokens(properties.verifiedTokens(), properties.verifiedTokenTtl(),
                PmoJwtValidation.validator(properties));
    }

    /** The remembered token if it still passes validation; null if unknown or no longer valid. */
    Jwt valid(String token) {
        Jwt jwt = verified.getIfPresent(token);
        if (jwt == null) {
            return null;
        }
        if (validator.validate(jwt).hasErrors()) {
            verified.invalidate(token);
            return null;
        }
        return jwt;
    }

    long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }
}
