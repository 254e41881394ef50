package io.pmo.devstack.issuer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.List;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import io.pmo.platform.security.PmoCaller;

/**
 * The dev stack's token issuer (Spring Authorization Server), in its own Spring context with its own config
 * file ({@code dev-issuer.yml}): the standard client-credentials grant at {@code POST /oauth2/token} for the
 * {@link DevClients}, tokens signed RS256 with a checked-in, dev-only key so that they survive a restart.
 * Dev only: the compose and production profiles point the services at a real OIDC provider.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
public class DevIssuerApplication {

    public static final String CONFIG_NAME = "dev-issuer";

    /** The id of the dev signing key in the key set, so a key rotation would show in every token header. */
    public static final String KEY_ID = "pmo-dev-1";

    private static final String KEY_FILE = "dev-issuer-signing-key.pem";

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(DevIssuerApplication.class)
                .web(WebApplicationType.SERVLET)
                .properties("spring.config.name=" + CONFIG_NAME);
    }

    @Bean
    RegisteredClientRepository devClients() {
        return new DevClients(DevClients.TENANTS);
    }

    @Bean
    JWKSource<SecurityContext> devSigningKey() {
        return new ImmutableJWKSet<>(new JWKSet(signingKey()));
    }

    /** The client's tenant and roles as claims of its access tokens; {@code sub} is already the client id. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> pmoClaims() {
        return context -> {
            if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                ClientSettings settings = context.getRegisteredClient().getClientSettings();
                context.getClaims()
                        .claim(PmoCaller.TENANT_CLAIM, (String) settings.getSetting(DevClients.TENANT_SETTING))
                        .claim(PmoCaller.ROLES_CLAIM, (List<?>) settings.getSetting(DevClients.ROLES_SETTING));
            }
        };
    }

    /**
     * The dev signing key: the PKCS#8 PEM (after its DEV ONLY preamble) with its public half derived. Public so
     * that tests can forge tokens the signature check accepts (expired ones, another issuer's) and show that
     * the other checks refuse them.
     */
    public static RSAKey signingKey() {
        try (InputStream in = new ClassPathResource(KEY_FILE).getInputStream()) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            String base64 = pem.substring(pem.indexOf("-----BEGIN PRIVATE KEY-----") + 27,
                    pem.indexOf("-----END PRIVATE KEY-----")).replaceAll("\\s", "");
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) rsa
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            BigInteger modulus = privateKey.getModulus();
            RSAPublicKey publicKey = (RSAPublicKey) rsa
                    .generatePublic(new RSAPublicKeySpec(modulus, privateKey.getPublicExponent()));
            return new RSAKey.Builder(publicKey).privateKey(privateKey).keyID(KEY_ID).build();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("The dev signing key " + KEY_FILE + " is not an RSA PKCS#8 key", ex);
        }
    }
}
