package io.pmo.risk.command;

import static io.pmo.platform.testing.Rejections.rejectedNaming;
import static io.pmo.risk.command.RiskMother.TENANT_ID;
import static io.pmo.risk.command.RiskMother.as;

import java.math.BigDecimal;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pmo.events.risk.RiskSettingsChanged;
import io.pmo.events.risk.RiskSettingsEvent;
import io.pmo.platform.domain.NotAllowed;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.risk.command.RiskSettingsCommands.ChangeRiskSettings;
import io.pmo.risk.scoring.RiskMatrix;

/** A tenant's risk settings: a PMO admin writes a valid matrix; each rejection names the field. */
class RiskSettingsTests {

    private static final String SETTINGS_ID = RiskSettingsEvent.settingsIdOf(TENANT_ID);

    private static final List<String> NAMES = RiskMatrix.DEFAULT.probabilityNames();

    private static final List<BigDecimal> PERCENTS = RiskMatrix.DEFAULT.probabilityPercents();

    private FixtureConfiguration<RiskSettings> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(RiskSettings.class);
    }

    private static ChangeRiskSettings change(List<BigDecimal> percents, int medium, int high, int critical,
            int escalation, int days) {
        return new ChangeRiskSettings(SETTINGS_ID, TENANT_ID, NAMES, RiskMatrix.DEFAULT.impactNames(), percents,
                medium, high, critical, escalation, days, null);
    }

    @Test
    void anAdminSetsTheMatrixTheThresholdAndTheWait() {
        fixture.givenNoPriorActivity()
                .when(change(PERCENTS, 4, 8, 12, 12, 5), as("admin", "PMO_ADMIN"))
                .expectEvents(new RiskSettingsChanged(SETTINGS_ID, TENANT_ID, NAMES, RiskMatrix.DEFAULT.impactNames(),
                        PERCENTS, 4, 8, 12, 12, 5));
        fixture.givenNoPriorActivity()
                .when(change(PERCENTS, 4, 8, 12, 12, 5), as("ro-1", "RISK_OWNER"))
                .expectNoEvents()
                .expectException(NotAllowed.class);
    }

    @Test
    void refusesBandsOrPercentagesThatDoNotAscendAndImpossibleThresholds() {
        expectRefused(change(PERCENTS, 10, 8, 12, 12, 5), "mediumFrom");
        expectRefused(change(List.of(BigDecimal.TEN, BigDecimal.TEN, BigDecimal.valueOf(50), BigDecimal.valueOf(70),
                BigDecimal.valueOf(90)), 5, 10, 17, 15, 10), "probabilityPercents");
        expectRefused(change(PERCENTS, 5, 10, 17, 26, 10), "escalationScore");
        expectRefused(change(PERCENTS, 5, 10, 17, 15, 0), "responseDays");
        expectRefused(change(PERCENTS.subList(0, 4), 5, 10, 17, 15, 10), "probabilityPercents");
    }

    private void expectRefused(ChangeRiskSettings command, String field) {
        fixture.givenNoPriorActivity()
                .when(command, as("admin", "PMO_ADMIN"))
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, field));
    }
}
