package io.pmo.platform.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pmo.platform.access.GuardedThing.CreateThing;
import io.pmo.platform.access.GuardedThing.ThingCreated;
import io.pmo.platform.access.GuardedThing.ThingTouched;
import io.pmo.platform.access.GuardedThing.TouchThing;
import io.pmo.platform.domain.NotAllowed;
import io.pmo.platform.domain.NotFound;
import io.pmo.platform.messaging.PmoMetadata;

/**
 * The guard comes from {@code META-INF/services}, exactly as in the services: the fixture is not told about
 * it. Tenant first (not found, revealing nothing), then the aggregate's write scope (not allowed), then the
 * handler.
 */
class AggregateGuardTests {

    private static final ThingCreated CREATED = new ThingCreated("thing-1", "acme", "alice", "alice");

    private AggregateTestFixture<GuardedThing> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(GuardedThing.class);
    }

    @Test
    void answersAnotherTenantsCommandAsNotFoundEvenForAnAdmin() {
        fixture.given(CREATED)
                .when(new TouchThing("thing-1"), as("globex", "alice", "PMO_ADMIN"))
                .expectNoEvents()
                .expectExceptionMessage("No such resource")
                .expectException(NotFound.class);
    }

    @Test
    void refusesACallerOutsideTheWriteScope() {
        fixture.given(CREATED)
                .when(new TouchThing("thing-1"), as("acme", "bob", "PROJECT_MANAGER"))
                .expectNoEvents()
                .expectException(NotAllowed.class);
    }

    @Test
    void letsTheOwnerWrite() {
        fixture.given(CREATED)
                .when(new TouchThing("thing-1"), as("acme", "alice", "PROJECT_MANAGER"))
                .expectEvents(new ThingTouched("thing-1"));
    }

    @Test
    void letsAnAdminOfTheTenantWrite() {
        fixture.given(CREATED)
                .when(new TouchThing("thing-1"), as("acme", "carol", "VIEWER,PMO_ADMIN"))
                .expectEvents(new ThingTouched("thing-1"));
    }

    @Test
    void doesNotAskTheWriteScopeForInternalCommands() {
        fixture.given(CREATED)
                .when(new TouchThing("thing-1"), Map.of(PmoMetadata.TENANT_ID, "acme", PmoMetadata.PRINCIPAL,
                        "system:reporting-service"))
                .expectEvents(new ThingTouched("thing-1"));
    }

    @Test
    void resolvesTheCallerAsAHandlerParameter() {
        fixture.givenNoPriorActivity()
                .when(new CreateThing("thing-2", "acme", "dave"), as("acme", "dave", "PROJECT_MANAGER"))
                .expectEvents(new ThingCreated("thing-2", "acme", "dave", "dave"));
        fixture.givenNoPriorActivity()
                .when(new CreateThing("thing-3", "acme", "dave"), as("acme", "erin", "PROJECT_MANAGER"))
                .expectNoEvents()
                .expectException(NotAllowed.class);
    }

    @Test
    void readsRolesFromCommaSeparatedMetadataAndTreatsNoRolesAsInternal() {
        Caller api = Caller.from(MetaData.from(as("acme", "alice", " VIEWER , PMO_ADMIN,")));
        Caller internal = Caller.from(MetaData.with(PmoMetadata.PRINCIPAL, "system:x"));

        assertThat(api.roles()).containsExactlyInAnyOrder("VIEWER", "PMO_ADMIN");
        assertThat(api.isAdmin()).isTrue();
        assertThat(api.internal()).isFalse();
        assertThat(internal.internal()).isTrue();
        assertThat(internal.roles()).isEmpty();
        assertThat(internal.is("system:x")).isTrue();
        assertThat(Caller.of(null, java.util.List.of()).is(null)).isFalse();
    }

    private static Map<String, Object> as(String tenant, String principal, String roles) {
        return Map.of(PmoMetadata.TENANT_ID, tenant, PmoMetadata.PRINCIPAL, principal, PmoMetadata.ROLES, roles);
    }
}
