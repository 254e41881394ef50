package io.pmo.portfolio.command;

import static io.pmo.platform.testing.Rejections.rejectedNaming;
import static io.pmo.portfolio.command.PortfolioMother.TENANT_ID;
import static io.pmo.portfolio.command.PortfolioMother.as;

import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pmo.events.portfolio.PortfolioSettingsChanged;
import io.pmo.events.portfolio.PortfolioSettingsEvent;
import io.pmo.events.portfolio.StageGate;
import io.pmo.platform.domain.NotAllowed;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.platform.domain.StateConflict;
import io.pmo.portfolio.command.PortfolioSettingsCommands.ChangePortfolioSettings;
import io.pmo.portfolio.query.PortfolioGates;

/** A tenant's stage gates: written by a PMO admin, checked as a whole, each rejection. */
class PortfolioSettingsTests {

    private static final String SETTINGS_ID = PortfolioSettingsEvent.settingsIdOf(TENANT_ID);

    private static final List<String> ROLES = List.of("PORTFOLIO_MANAGER");

    private FixtureConfiguration<PortfolioSettings> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PortfolioSettings.class);
    }

    private static ChangePortfolioSettings change(List<StageGate> gates, Long expectedVersion) {
        return new ChangePortfolioSettings(SETTINGS_ID, TENANT_ID, gates, expectedVersion);
    }

    @Test
    void anAdminSetsTheGatesAndTheSameGatesAgainChangeNothing() {
        fixture.givenNoPriorActivity()
                .when(change(PortfolioGates.DEFAULTS, null), as("admin-1", "PMO_ADMIN"))
                .expectEvents(new PortfolioSettingsChanged(SETTINGS_ID, TENANT_ID, PortfolioGates.DEFAULTS));
        fixture.given(new PortfolioSettingsChanged(SETTINGS_ID, TENANT_ID, PortfolioGates.DEFAULTS))
                .when(change(PortfolioGates.DEFAULTS, 0L), as("admin-1", "PMO_ADMIN"))
                .expectNoEvents()
                .expectResultMessagePayload(0L);
    }

    @Test
    void onlyAnAdminWritesThem() {
        fixture.givenNoPriorActivity()
                .when(change(PortfolioGates.DEFAULTS, null), as("pm-1", "PORTFOLIO_MANAGER"))
                .expectNoEvents()
                .expectException(NotAllowed.class);
    }

    @Test
    void aStaleVersionIsAConflict() {
        fixture.given(new PortfolioSettingsChanged(SETTINGS_ID, TENANT_ID, PortfolioGates.DEFAULTS))
                .when(change(PortfolioGates.DEFAULTS, 3L), as("admin-1", "PMO_ADMIN"))
                .expectNoEvents()
                .expectException(StateConflict.class);
    }

    @Test
    void refusesProcessesWithoutExactlyOneLaterFundingGateOrWithRepeatedKeysOrUnknownRoles() {
        expectRefused("gates", new StageGate("IDEA", "Idea", List.of(), ROLES, false),
                new StageGate("GO", "Go", List.of(), ROLES, false));
        expectRefused("gates[0].funding", new StageGate("IDEA", "Idea", List.of(), ROLES, true),
                new StageGate("GO", "Go", List.of(), ROLES, false));
        expectRefused("gates[1].key", new StageGate("IDEA", "Idea", List.of(), ROLES, false),
                new StageGate("IDEA", "Again", List.of(), ROLES, true));
        expectRefused("gates[1].approverRoles", new StageGate("IDEA", "Idea", List.of(), ROLES, false),
                new StageGate("GO", "Go", List.of(), List.of("BOSS"), true));
        expectRefused("gates", new StageGate("GO", "Go", List.of(), ROLES, true));
    }

    private void expectRefused(String field, StageGate... gates) {
        fixture.givenNoPriorActivity()
                .when(change(List.of(gates), null), as("admin-1", "PMO_ADMIN"))
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, field));
    }
}
