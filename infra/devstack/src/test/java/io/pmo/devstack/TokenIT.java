package io.pmo.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import io.pmo.devstack.issuer.DevIssuerApplication;

/**
 * Tokens on the real stack: the dev issuer's tokens work, and a missing, expired, foreign-issuer, badly signed,
 * unsigned ({@code alg: none}), HMAC-with-the-public-key, tampered or tenant-less token is 401 problem+json at
 * the gateway and directly at each service. Roles: a role that may not write gets 403 problem+json on every write endpoint, and nothing
 * is stored.
 */
class TokenIT {

    private static final DevStack STACK = TestStack.get();

    private static final String ISSUER = STACK.issuerUrl();

    /** The gateway and each service, called directly, with a read every role may make. */
    static Stream<Arguments> targets() {
        return Stream.of(
                Arguments.of("gateway", STACK.gatewayUrl(), "/api/v1/projects"),
                Arguments.of("gateway", STACK.gatewayUrl(), "/api/v1/reports/projects"),
                Arguments.of("project-service", "http://localhost:" + STACK.ports().project(), "/api/v1/projects"),
                Arguments.of("reporting-service", "http://localhost:" + STACK.ports().reporting(),
                        "/api/v1/reports/projects"));
    }

    /** Each kind of bad token, by name, as an {@code Authorization} header value (null: no header). */
    static Map<String, String> badTokens() {
        return Map.ofEntries(
                Map.entry("missing", ""),
                Map.entry("expired", "Bearer " + signedByTheIssuer(claims -> claims
                        .issueTime(Date.from(Instant.now().minus(Duration.ofHours(1))))
                        .expirationTime(Date.from(Instant.now().minusSeconds(30))))),
                Map.entry("wrong issuer", "Bearer " + signedByTheIssuer(claims -> claims.issuer("http://localhost:1"))),
                Map.entry("bad signature", "Bearer " + signed(anotherKey(), claims -> { })),
                Map.entry("alg none", "Bearer " + new PlainJWT(validClaims(claims -> { }).build()).serialize()),
                Map.entry("HS256 keyed with the issuer's public key", "Bearer " + hmacWithThePublicKey()),
                Map.entry("tampered", "Bearer " + tampered(Api.token(ISSUER, "dev-acme-viewer"))),
                Map.entry("no tenant", "Bearer " + signedByTheIssuer(claims -> claims.claim("tenant", null))),
                Map.entry("no subject", "Bearer " + signedByTheIssuer(claims -> claims.subject(null))),
                Map.entry("no roles", "Bearer " + signedByTheIssuer(claims -> claims.claim("roles", null))),
                Map.entry("only unknown roles", "Bearer " + signedByTheIssuer(claims -> claims.claim("roles", List.of("SUPERUSER")))),
                Map.entry("not a JWT", "Bearer not-a-token"));
    }

    static Stream<Arguments> badTokensAtEveryTarget() {
        return targets().flatMap(target -> badTokens().entrySet().stream()
                .map(bad -> Arguments.of(bad.getKey(), target.get()[0], target.get()[1], target.get()[2], bad.getValue())));
    }

    @ParameterizedTest(name = "{0} token at {1} {3}")
    @MethodSource("badTokensAtEveryTarget")
    void aBadTokenIs401ProblemJson(String kind, String target, String baseUrl, String path, String authorization) {
        Api caller = authorization.isEmpty() ? Api.anonymous(baseUrl) : Api.anonymous(baseUrl).withAuthorization(authorization);

        Api.Response response = caller.get(path);

        assertProblem(response, 401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        if (!target.equals("gateway")) {
            assertThat(response.header("X-Correlation-Id")).as("refusals are correlated too").isNotBlank();
        }
    }

    @ParameterizedTest(name = "{0} token on a POST at the gateway")
    @ValueSource(strings = { "missing", "expired", "alg none", "bad signature" })
    void aBadTokenOnAWriteIs401NotACsrf403AndStoresNothing(String kind) {
        String authorization = badTokens().get(kind);
        Api caller = authorization.isEmpty() ? Api.anonymous(STACK.gatewayUrl())
                : Api.anonymous(STACK.gatewayUrl()).withAuthorization(authorization);
        long before = StoreProbe.project(STACK).count();

        assertProblem(caller.post("/api/v1/projects", project("Forged " + UUID.randomUUID())), 401);
        assertThat(StoreProbe.project(STACK).count()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void aTokenFromTheIssuerIsAccepted(String target, String baseUrl, String path) {
        assertThat(Api.at(baseUrl, ISSUER, "globex", "viewer").get(path).status()).isEqualTo(200);
    }

    @Test
    void theIssuersTokenCarriesSubjectTenantAndRoles() throws Exception {
        String token = Api.token(ISSUER, "dev-globex-risk_owner");
        JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();

        assertThat(claims.getSubject()).isEqualTo("dev-globex-risk_owner");
        assertThat(claims.getStringClaim("tenant")).isEqualTo("globex");
        assertThat(claims.getStringListClaim("roles")).containsExactly("RISK_OWNER");
        assertThat(claims.getIssuer()).isEqualTo(ISSUER);
        assertThat(SignedJWT.parse(token).getHeader().getKeyID()).isEqualTo(DevIssuerApplication.KEY_ID);
    }

    @Test
    void theIssuerRefusesAWrongSecret() {
        Api.Response response = Api.anonymous(ISSUER).withAuthorization("Basic "
                + Base64.getEncoder().encodeToString("dev-acme-pmo_admin:wrong".getBytes()))
                .post("/oauth2/token", "");
        assertThat(response.status()).isEqualTo(401);
    }

    /**
     * Roles that may not write projects (CONVENTIONS.md: only PMO admins and project managers do), on every
     * write endpoint of project-service.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "viewer", "portfolio_manager", "resource_manager", "risk_owner" })
    void aRoleThatMayNotWriteProjectsGets403OnEveryWriteAndNothingIsStored(String role) {
        String projectId = Api.as("acme", "project_manager").createProject("Role target " + UUID.randomUUID());
        Api caller = Api.as("acme", role);
        StoreProbe store = StoreProbe.project(STACK);
        long before = store.count();

        assertProblem(caller.post("/api/v1/projects", project("Not allowed " + UUID.randomUUID())), 403);
        assertProblem(caller.put("/api/v1/projects/" + projectId + "/name", "{\"name\":\"Not allowed\"}"), 403);
        assertProblem(caller.put("/api/v1/projects/" + projectId + "/planned-dates",
                "{\"plannedStart\":\"2027-02-01\",\"plannedFinish\":\"2027-08-31\"}"), 403);
        assertProblem(caller.post("/api/v1/projects/" + projectId + "/status-changes", "{\"status\":\"APPROVED\"}"), 403);
        assertProblem(caller.put("/api/v1/projects/" + projectId + "/manager", "{\"managerId\":\"dev-acme-" + role
                + "\"}"), 403);
        assertProblem(caller.put("/api/v1/projects/" + projectId + "/details", "{\"methodology\":\"SCRUM\","
                + "\"currency\":\"EUR\"}"), 403);
        String task = UUID.randomUUID().toString();
        String taskJson = "{\"name\":\"Not allowed\",\"durationDays\":1,\"earnedValueMethod\":\"ZERO_HUNDRED\"}";
        assertProblem(caller.post("/api/v1/projects/" + projectId + "/tasks", taskJson), 403);
        assertProblem(caller.put("/api/v1/projects/" + projectId + "/tasks/" + task, taskJson), 403);
        assertProblem(caller.put("/api/v1/projects/" + projectId + "/tasks/" + task + "/predecessors",
                "{\"predecessors\":[]}"), 403);
        assertProblem(caller.delete("/api/v1/projects/" + projectId + "/tasks/" + task), 403);
        assertThat(store.count()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "viewer", "project_manager", "portfolio_manager", "resource_manager", "risk_owner" })
    void theAdminPathIsPmoAdminsOnlyAtTheGatewayAndAtTheService(String role) {
        // a path no endpoint serves: the role check comes first, and a PMO admin then meets a plain 404
        String path = "/api/v1/admin/consumers/reporting-service/role-probe";
        String deadLetters = "/api/v1/admin/consumers/reporting-service/dlq";
        Api caller = Api.as("acme", role);
        Api admin = Api.as("acme", "pmo_admin");

        assertProblem(caller.post(path, "{}"), 403);
        assertProblem(caller.on("http://localhost:" + STACK.ports().reporting()).post(path, "{}"), 403);
        assertProblem(caller.get(deadLetters), 403);
        assertProblem(caller.post(deadLetters + "/replay", ""), 403);
        assertThat(admin.post(path, "{}").status()).isEqualTo(404);
        assertThat(admin.get(deadLetters).status()).as("the dead letters, routed by the gateway").isEqualTo(200);
    }

    /** Each service's processing groups have a dead-letter queue, reached through the gateway by the group name. */
    @Test
    void everyProcessingGroupsDeadLettersAreRoutedToItsServiceForPmoAdminsOnly() {
        Api admin = Api.as("globex", "pmo_admin");
        for (String group : List.of("project-summary", "project-plan-by-task", "project-baselines", "project-tracking",
                "project-settings", "rag-definitions", "rag-results")) {
            Api.Response listed = admin.get("/api/v1/admin/processors/" + group + "/dlq");
            assertThat(listed.status()).as(group + ": " + listed.body()).isEqualTo(200);
            assertThat(listed.json().get("total").asLong()).as(group).isZero();
            Api.Response retried = admin.post("/api/v1/admin/processors/" + group + "/dlq/retry", "");
            assertThat(retried.status()).as(group + ": " + retried.body()).isEqualTo(200);
            assertThat(retried.json().get("retried").asInt()).as(group).isZero();
        }
        assertProblem(Api.as("acme", "viewer").get("/api/v1/admin/processors/project-summary/dlq"), 403);
        assertProblem(admin.on("http://localhost:" + STACK.ports().project())
                .get("/api/v1/admin/processors/kafka-publisher/dlq"), 404);
    }

    @Test
    void aViewerReadsAndWritesNothingElseOnTheReportingService() {
        Api viewer = Api.as("acme", "viewer");

        assertThat(viewer.get("/api/v1/reports/projects").status()).isEqualTo(200);
        assertProblem(viewer.on("http://localhost:" + STACK.ports().reporting()).post("/api/v1/reports/projects", "{}"),
                403);
    }

    private static String project(String name) {
        return "{\"name\":\"" + name + "\",\"plannedStart\":\"2027-01-04\",\"plannedFinish\":\"2027-06-30\"}";
    }

    private static void assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode body = response.json();
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("title").asText()).isNotBlank();
        assertThat(body.get("detail").asText()).isNotBlank();
        assertThat(body.get("instance").asText()).startsWith("/");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    /** The claims of a good token of the dev stack (a viewer of acme), adjusted by the test. */
    private static JWTClaimsSet.Builder validClaims(Consumer<JWTClaimsSet.Builder> adjust) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER).subject("dev-acme-viewer")
                .claim("tenant", "acme").claim("roles", List.of("VIEWER"))
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plus(Duration.ofMinutes(5))));
        adjust.accept(claims);
        return claims;
    }

    /** Signed with the issuer's own (dev, checked-in) key, so only the other checks can refuse it. */
    private static String signedByTheIssuer(Consumer<JWTClaimsSet.Builder> adjust) {
        try {
            return signed(DevIssuerApplication.signingKey().toRSAPrivateKey(), adjust);
        }
        catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String signed(RSAPrivateKey key, Consumer<JWTClaimsSet.Builder> adjust) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                    .keyID(DevIssuerApplication.KEY_ID).build(), validClaims(adjust).build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        }
        catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The algorithm-confusion forgery: an HMAC whose secret is the issuer's (public) key. */
    private static String hmacWithThePublicKey() {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(DevIssuerApplication.KEY_ID)
                    .build(), validClaims(claims -> { }).build());
            jwt.sign(new MACSigner(DevIssuerApplication.signingKey().toRSAPublicKey().getEncoded()));
            return jwt.serialize();
        }
        catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static RSAPrivateKey anotherKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return (RSAPrivateKey) generator.generateKeyPair().getPrivate();
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** A real token whose payload was changed to claim PMO_ADMIN, keeping the original signature. */
    private static String tampered(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]));
        String forged = payload.replace("\"VIEWER\"", "\"PMO_ADMIN\"");
        assertThat(forged).isNotEqualTo(payload);
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes()) + "."
                + parts[2];
    }
}
