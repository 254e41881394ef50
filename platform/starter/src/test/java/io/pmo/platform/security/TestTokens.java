package io.pmo.platform.security;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * An issuer for slice tests: an RSA key made for the test JVM, tokens signed with it, and decoders that trust
 * only it and apply the platform's validation. The dev stack's real issuer is exercised by the ITs.
 */
public final class TestTokens {

    static final String ISSUER = "http://issuer.test";

    static final PmoSecurityProperties PROPERTIES = new PmoSecurityProperties(ISSUER, null, null, null, null);

    private static final KeyPair KEY = newKey();

    private TestTokens() {
    }

    public static JwtDecoder decoder() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey((RSAPublicKey) KEY.getPublic()).build();
        decoder.setJwtValidator(PmoJwtValidation.validator(PROPERTIES));
        return decoder;
    }

    static ReactiveJwtDecoder reactiveDecoder() {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withPublicKey((RSAPublicKey) KEY.getPublic()).build();
        decoder.setJwtValidator(PmoJwtValidation.validator(PROPERTIES));
        return decoder;
    }

    /** A valid token of this tenant, subject and roles, as a bearer header value. */
    public static String bearer(String tenant, String subject, PmoRole... roles) {
        return bearer(claims -> claims.subject(subject).claim(PmoCaller.TENANT_CLAIM, tenant)
                .claim(PmoCaller.ROLES_CLAIM, java.util.Arrays.stream(roles).map(PmoRole::name).toList()));
    }

    /** A token from the test issuer, valid for five minutes, with whatever else the test puts in. */
    static String bearer(Consumer<JWTClaimsSet.Builder> claims) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().issuer(ISSUER)
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plus(Duration.ofMinutes(5))))
                .claim(PmoCaller.ROLES_CLAIM, List.of());
        claims.accept(builder);
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), builder.build());
            jwt.sign(new RSASSASigner((RSAPrivateKey) KEY.getPrivate()));
            return "Bearer " + jwt.serialize();
        }
        catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static KeyPair newKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
