package io.pmo.project.command;

import static io.pmo.platform.testing.Rejections.rejectedNaming;
import static io.pmo.project.command.ProjectSettingsMother.BOXING_DAY;
import static io.pmo.project.command.ProjectSettingsMother.CHRISTMAS;
import static io.pmo.project.command.ProjectSettingsMother.COST_CENTRE;
import static io.pmo.project.command.ProjectSettingsMother.FIELDS;
import static io.pmo.project.command.ProjectSettingsMother.RISK_CLASS;
import static io.pmo.project.command.ProjectSettingsMother.SETTINGS_ID;
import static io.pmo.project.command.ProjectSettingsMother.TENANT_ID;
import static io.pmo.project.command.ProjectSettingsMother.WEEKDAYS;
import static io.pmo.project.command.ProjectSettingsMother.admin;
import static io.pmo.project.command.ProjectSettingsMother.change;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pmo.events.project.CustomFieldDefinition;
import io.pmo.events.project.CustomFieldType;
import io.pmo.events.project.ProjectSettingsChanged;
import io.pmo.platform.domain.NotAllowed;
import io.pmo.platform.domain.NotFound;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.platform.domain.StateConflict;
import io.pmo.platform.messaging.PmoMetadata;
import io.pmo.project.command.ProjectSettingsCommands.ChangeProjectSettings;

/** A tenant's project settings: created by the first write, changed by later ones, each rejection. */
class ProjectSettingsTests {

    private FixtureConfiguration<ProjectSettings> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ProjectSettings.class);
    }

    @Test
    void theFirstWriteOfAnAdminCreatesTheSettingsWithWeekdaysAndHolidaysInOrderWithoutRepeats() {
        fixture.givenNoPriorActivity()
                .when(change(List.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                        DayOfWeek.THURSDAY, DayOfWeek.MONDAY), List.of(BOXING_DAY, CHRISTMAS, BOXING_DAY), FIELDS),
                        admin())
                .expectEvents(ProjectSettingsMother.standardChanged())
                .expectResultMessagePayload(0L);
    }

    @Test
    void theFirstWriteCreatesTheSettingsEvenWithTheDefaults() {
        fixture.givenNoPriorActivity()
                .when(change(WEEKDAYS, List.of(), List.of()), admin())
                .expectEvents(new ProjectSettingsChanged(SETTINGS_ID, TENANT_ID, WEEKDAYS, List.of(), List.of()));
    }

    @Test
    void aLaterWriteReplacesTheWholeSettings() {
        fixture.given(ProjectSettingsMother.standardChanged())
                .when(change(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY),
                        List.of(), List.of(RISK_CLASS)), admin())
                .expectEvents(new ProjectSettingsChanged(SETTINGS_ID, TENANT_ID, List.of(DayOfWeek.MONDAY,
                        DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY), List.of(), List.of(RISK_CLASS)))
                .expectResultMessagePayload(1L);
    }

    @Test
    void writingTheSameSettingsAgainChangesNothing() {
        fixture.given(ProjectSettingsMother.standardChanged())
                .when(ProjectSettingsMother.standard(), admin())
                .expectNoEvents()
                .expectResultMessagePayload(0L);
    }

    @Test
    void labelsAndChoicesAreStoredWithoutSurroundingBlanks() {
        fixture.givenNoPriorActivity()
                .when(change(WEEKDAYS, List.of(), List.of(new CustomFieldDefinition("riskClass", " Risk class ",
                        CustomFieldType.CHOICE, List.of(" LOW", "MEDIUM ", "HIGH"), false))), admin())
                .expectEvents(new ProjectSettingsChanged(SETTINGS_ID, TENANT_ID, WEEKDAYS, List.of(),
                        List.of(RISK_CLASS)));
    }

    @Test
    void writesWhenIfMatchNamesTheCurrentVersion() {
        fixture.given(ProjectSettingsMother.standardChanged())
                .when(new ChangeProjectSettings(SETTINGS_ID, TENANT_ID, WEEKDAYS, List.of(), FIELDS, 0L), admin())
                .expectEvents(new ProjectSettingsChanged(SETTINGS_ID, TENANT_ID, WEEKDAYS, List.of(), FIELDS));
    }

    @Test
    void refusesAStaleVersionEvenWhenNothingWouldChange() {
        fixture.given(ProjectSettingsMother.standardChanged(), ProjectSettingsMother.standardChanged())
                .when(new ChangeProjectSettings(SETTINGS_ID, TENANT_ID, WEEKDAYS, List.of(CHRISTMAS, BOXING_DAY),
                        FIELDS, 0L), admin())
                .expectNoEvents()
                .expectException(rejectedNaming(StateConflict.class));
    }

    @Test
    void refusesIfMatchBeforeTheSettingsExist() {
        fixture.givenNoPriorActivity()
                .when(new ChangeProjectSettings(SETTINGS_ID, TENANT_ID, WEEKDAYS, List.of(), FIELDS, 0L), admin())
                .expectNoEvents()
                .expectException(rejectedNaming(StateConflict.class));
    }

    @Test
    void onlyAPmoAdminCreatesTheSettings() {
        fixture.givenNoPriorActivity()
                .when(ProjectSettingsMother.standard(), ProjectMother.as(ProjectMother.MANAGER, "PROJECT_MANAGER"))
                .expectNoEvents()
                .expectException(rejectedNaming(NotAllowed.class));
    }

    @Test
    void onlyAPmoAdminChangesTheSettings() {
        fixture.given(ProjectSettingsMother.standardChanged())
                .when(change(WEEKDAYS, List.of(), List.of()), ProjectMother.as("viewer-1", "VIEWER"))
                .expectNoEvents()
                .expectException(rejectedNaming(NotAllowed.class));
    }

    @Test
    void anotherTenantsCommandFindsNoSettings() {
        fixture.given(ProjectSettingsMother.standardChanged())
                .when(change(WEEKDAYS, List.of(), List.of()), Map.of(PmoMetadata.TENANT_ID, "globex",
                        PmoMetadata.PRINCIPAL, "admin-9", PmoMetadata.ROLES, "PMO_ADMIN"))
                .expectNoEvents()
                .expectException(rejectedNaming(NotFound.class));
    }

    @Test
    void refusesACalendarWithoutAWorkingWeekday() {
        fixture.givenNoPriorActivity()
                .when(change(List.of(), List.of(CHRISTMAS), List.of()), admin())
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, "workingWeekdays"));
    }

    @Test
    void refusesMalformedAndRepeatedKeys() {
        fixture.givenNoPriorActivity()
                .when(change(WEEKDAYS, List.of(), List.of(field("Cost centre", CustomFieldType.TEXT),
                        field("1st", CustomFieldType.TEXT), COST_CENTRE, COST_CENTRE,
                        field("a".repeat(65), CustomFieldType.TEXT))), admin())
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, "customFields[0].key",
                        "customFields[1].key", "customFields[3].key", "customFields[4].key"));
    }

    @Test
    void refusesABlankLabelAndAMissingType() {
        fixture.givenNoPriorActivity()
                .when(change(WEEKDAYS, List.of(), List.of(new CustomFieldDefinition("owner", " ",
                        CustomFieldType.TEXT, List.of(), false), field("phase", null))), admin())
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, "customFields[0].label",
                        "customFields[1].type"));
    }

    @Test
    void refusesAChoiceFieldWithoutChoicesOrWithARepeatedOne() {
        fixture.givenNoPriorActivity()
                .when(change(WEEKDAYS, List.of(), List.of(field("tier", CustomFieldType.CHOICE),
                        new CustomFieldDefinition("size", "Size", CustomFieldType.CHOICE, List.of("S", "M", "S"),
                                false))), admin())
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, "customFields[0].choices",
                        "customFields[1].choices"));
    }

    @Test
    void refusesChoicesOnAFieldThatIsNotAChoice() {
        fixture.givenNoPriorActivity()
                .when(change(WEEKDAYS, List.of(), List.of(new CustomFieldDefinition("budget", "Budget",
                        CustomFieldType.NUMBER, List.of("1", "2"), false))), admin())
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, "customFields[0].choices"));
    }

    private static CustomFieldDefinition field(String key, CustomFieldType type) {
        return new CustomFieldDefinition(key, "Label", type, List.of(), false);
    }
}
