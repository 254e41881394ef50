package io.pmo.devstack.issuer;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

import io.pmo.platform.security.PmoRole;

/**
 * The dev issuer's ready-made identities: one client-credentials client {@code dev-<tenant>-<role>} (role in
 * lower case) per tenant and role of CONVENTIONS.md, all with the secret {@code dev-secret}. Each client's
 * tenant and role travel in its settings and become the token's {@code tenant} and {@code roles} claims.
 *
 * <p>A plain map rather than Spring's {@code InMemoryRegisteredClientRepository}, which refuses several
 * clients with the same secret (STACK.md pitfall 14).
 */
final class DevClients implements RegisteredClientRepository {

    /** The tenants the dev stack knows. */
    static final List<String> TENANTS = List.of("acme", "globex");

    static final String SECRET = "dev-secret";

    static final String TENANT_SETTING = "pmo.tenant";

    static final String ROLES_SETTING = "pmo.roles";

    private final Map<String, RegisteredClient> byClientId = new ConcurrentHashMap<>();

    DevClients(List<String> tenants) {
        for (String tenant : tenants) {
            for (PmoRole role : PmoRole.values()) {
                save(client(tenant, role));
            }
        }
    }

    static String clientId(String tenant, PmoRole role) {
        return "dev-" + tenant + "-" + role.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public void save(RegisteredClient client) {
        byClientId.put(client.getClientId(), client);
    }

    @Override
    public RegisteredClient findById(String id) {
        return byClientId.values().stream().filter(client -> client.getId().equals(id)).findFirst().orElse(null);
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return byClientId.get(clientId);
    }

    private static RegisteredClient client(String tenant, PmoRole role) {
        String clientId = clientId(tenant, role);
        return RegisteredClient.withId(clientId)
                .clientId(clientId)
                .clientSecret("{noop}" + SECRET)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .clientSettings(ClientSettings.builder()
                        .setting(TENANT_SETTING, tenant)
                        .setting(ROLES_SETTING, List.of(role.name()))
                        .build())
                // long enough for a working session with curl; the ITs mint expired tokens themselves
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofHours(1)).build())
                .build();
    }
}
