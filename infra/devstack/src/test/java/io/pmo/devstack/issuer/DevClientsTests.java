package io.pmo.devstack.issuer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

import com.nimbusds.jose.jwk.RSAKey;

import io.pmo.platform.security.PmoRole;

/** The dev issuer's identities: the names scripts rely on, their secret, tenant and role, and its fixed key. */
class DevClientsTests {

    private final DevClients clients = new DevClients(DevClients.TENANTS);

    @ParameterizedTest
    @EnumSource(PmoRole.class)
    void hasAClientCredentialsClientPerTenantAndRoleNamedAsTheIssueSays(PmoRole role) {
        for (String tenant : List.of("acme", "globex")) {
            String clientId = "dev-" + tenant + "-" + role.name().toLowerCase();
            RegisteredClient client = clients.findByClientId(clientId);

            assertThat(client).as(clientId).isNotNull();
            assertThat(client.getAuthorizationGrantTypes()).containsExactly(AuthorizationGrantType.CLIENT_CREDENTIALS);
            assertThat(client.getClientAuthenticationMethods()).contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
            assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder()
                    .matches("dev-secret", client.getClientSecret())).isTrue();
            assertThat((String) client.getClientSettings().getSetting(DevClients.TENANT_SETTING)).isEqualTo(tenant);
            assertThat((Object) client.getClientSettings().getSetting(DevClients.ROLES_SETTING))
                    .isEqualTo(List.of(role.name()));
            assertThat(clients.findById(client.getId())).isSameAs(client);
        }
    }

    @Test
    void knowsNoOtherTenantOrRole() {
        assertThat(clients.findByClientId("dev-initech-viewer")).isNull();
        assertThat(clients.findByClientId("dev-acme-superuser")).isNull();
    }

    @Test
    void signsWithTheSameCheckedInKeyOnEveryStart() {
        RSAKey first = DevIssuerApplication.signingKey();
        RSAKey second = DevIssuerApplication.signingKey();

        assertThat(first.isPrivate()).isTrue();
        assertThat(first.getKeyID()).isEqualTo(DevIssuerApplication.KEY_ID);
        assertThat(second.toPublicJWK()).isEqualTo(first.toPublicJWK());
        assertThat(first.size()).isGreaterThanOrEqualTo(2048);
    }
}
