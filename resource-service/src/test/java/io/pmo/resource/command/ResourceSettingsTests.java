package io.pmo.resource.command;

import static io.pmo.platform.testing.Rejections.rejectedNaming;
import static io.pmo.resource.command.ResourceMother.TENANT_ID;
import static io.pmo.resource.command.ResourceMother.as;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pmo.events.resource.OverAllocationPolicy;
import io.pmo.events.resource.ResourceSettingsChanged;
import io.pmo.events.resource.ResourceSettingsEvent;
import io.pmo.platform.domain.NotAllowed;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.platform.domain.StateConflict;
import io.pmo.resource.command.ResourceSettingsCommands.ChangeResourceSettings;

/** A tenant's resource settings: written by a PMO admin, whole, in order; each rejection. */
class ResourceSettingsTests {

    private static final String SETTINGS_ID = ResourceSettingsEvent.settingsIdOf(TENANT_ID);

    private static final List<DayOfWeek> FOUR_DAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);

    private FixtureConfiguration<ResourceSettings> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ResourceSettings.class);
    }

    @Test
    void anAdminSetsWeekdaysHolidaysInOrderAndThePolicy() {
        fixture.givenNoPriorActivity()
                .when(new ChangeResourceSettings(SETTINGS_ID, TENANT_ID, List.of(DayOfWeek.THURSDAY,
                        DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY), List.of(LocalDate.of(2027, 12, 25),
                                LocalDate.of(2027, 1, 1)), OverAllocationPolicy.REFUSE, null), as("admin", "PMO_ADMIN"))
                .expectEvents(new ResourceSettingsChanged(SETTINGS_ID, TENANT_ID, FOUR_DAYS, List.of(
                        LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 25)), OverAllocationPolicy.REFUSE));
        fixture.given(new ResourceSettingsChanged(SETTINGS_ID, TENANT_ID, FOUR_DAYS, List.of(),
                OverAllocationPolicy.WARN))
                .when(new ChangeResourceSettings(SETTINGS_ID, TENANT_ID, FOUR_DAYS, List.of(),
                        OverAllocationPolicy.WARN, 0L), as("admin", "PMO_ADMIN"))
                .expectNoEvents()
                .expectResultMessagePayload(0L);
    }

    @Test
    void refusesOtherRolesNoWeekdayAndAStaleVersion() {
        fixture.givenNoPriorActivity()
                .when(new ChangeResourceSettings(SETTINGS_ID, TENANT_ID, FOUR_DAYS, List.of(),
                        OverAllocationPolicy.WARN, null), as("rm-1", "RESOURCE_MANAGER"))
                .expectNoEvents()
                .expectException(NotAllowed.class);
        fixture.givenNoPriorActivity()
                .when(new ChangeResourceSettings(SETTINGS_ID, TENANT_ID, List.of(), List.of(),
                        OverAllocationPolicy.WARN, null), as("admin", "PMO_ADMIN"))
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, "workingWeekdays"));
        fixture.given(new ResourceSettingsChanged(SETTINGS_ID, TENANT_ID, FOUR_DAYS, List.of(),
                OverAllocationPolicy.WARN))
                .when(new ChangeResourceSettings(SETTINGS_ID, TENANT_ID, FOUR_DAYS, List.of(),
                        OverAllocationPolicy.REFUSE, 5L), as("admin", "PMO_ADMIN"))
                .expectNoEvents()
                .expectException(StateConflict.class);
    }
}
