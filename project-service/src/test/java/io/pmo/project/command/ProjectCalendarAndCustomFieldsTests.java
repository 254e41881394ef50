package io.pmo.project.command;

import static io.pmo.platform.testing.Rejections.rejectedNaming;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.sequenceOf;
import static io.pmo.project.command.ProjectMother.PROJECT_ID;
import static io.pmo.project.command.ProjectMother.TENANT_ID;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pmo.events.project.BaselineSaved;
import io.pmo.events.project.CalendarDay;
import io.pmo.events.project.ProjectCalendarChanged;
import io.pmo.events.project.ProjectCustomFieldsChanged;
import io.pmo.events.project.ProjectStatus;
import io.pmo.events.project.ProjectStatusChanged;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.platform.domain.StateConflict;
import io.pmo.project.command.ProjectCommands.SaveBaseline;
import io.pmo.project.command.ProjectCommands.SetCustomFieldValues;
import io.pmo.project.command.ProjectCommands.SetProjectCalendar;
import io.pmo.project.schedule.WorkingCalendar;
import io.pmo.project.query.ProjectCalendars;
import io.pmo.project.query.CustomFieldDefinitions;

/**
 * A project's own calendar exceptions and its custom field values, checked against the tenant's definitions
 * through the injected {@link CustomFieldDefinitions} port (the standard fields of {@link ProjectSettingsMother}).
 */
class ProjectCalendarAndCustomFieldsTests {

    private static final LocalDate SATURDAY = LocalDate.of(2026, 3, 7);

    private static final LocalDate FRIDAY = LocalDate.of(2026, 3, 13);

    /** A Friday within the planned project of {@link WorkBreakdownMother}: as a day off it moves what follows. */
    private static final LocalDate MARCH_6 = LocalDate.of(2026, 3, 6);

    private static final String BASELINE = "66666666-6666-4666-8666-666666666666";

    private FixtureConfiguration<Project> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Project.class);
        fixture.registerInjectableResource(ProjectSettingsMother.standardDefinitions());
        fixture.registerInjectableResource((ProjectCalendars) tenant -> WorkingCalendar.mondayToFriday());
    }

    // --- calendar ---------------------------------------------------------------------------------------------

    @Test
    void setsTheCalendarDaysInDateOrder() {
        fixture.given(ProjectMother.projectCreated())
                .when(new SetProjectCalendar(PROJECT_ID, List.of(new CalendarDay(FRIDAY, false),
                        new CalendarDay(SATURDAY, true)), null))
                .expectEvents(calendarChanged())
                .expectResultMessagePayload(1L);
    }

    @Test
    void settingTheSameExceptionsAgainChangesNothing() {
        fixture.given(ProjectMother.projectCreated(), calendarChanged())
                .when(new SetProjectCalendar(PROJECT_ID, List.of(new CalendarDay(SATURDAY, true),
                        new CalendarDay(FRIDAY, false)), null))
                .expectNoEvents();
    }

    @Test
    void anEmptyListRemovesEveryException() {
        fixture.given(ProjectMother.projectCreated(), calendarChanged())
                .when(new SetProjectCalendar(PROJECT_ID, List.of(), null))
                .expectEvents(new ProjectCalendarChanged(PROJECT_ID, TENANT_ID, List.of()));
    }

    @Test
    void refusesTwoExceptionsForOneDate() {
        fixture.given(ProjectMother.projectCreated())
                .when(new SetProjectCalendar(PROJECT_ID, List.of(new CalendarDay(SATURDAY, true),
                        new CalendarDay(FRIDAY, false), new CalendarDay(SATURDAY, false)), null))
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, "exceptions[2].date"));
    }

    @Test
    void refusesAnExceptionWithoutADate() {
        fixture.given(ProjectMother.projectCreated())
                .when(new SetProjectCalendar(PROJECT_ID, List.of(new CalendarDay(null, true)), null))
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, "exceptions[0].date"));
    }

    @Test
    void refusesToChangeTheCalendarOfACancelledProject() {
        fixture.given(ProjectMother.projectCreated(), cancelled())
                .when(new SetProjectCalendar(PROJECT_ID, List.of(new CalendarDay(SATURDAY, true)), null))
                .expectNoEvents()
                .expectException(rejectedNaming(StateConflict.class));
    }

    @Test
    void aBaselineIsDatedOnTheProjectsOwnExceptionsAndFreezesThem() {
        List<Object> history = new ArrayList<>(WorkBreakdownMother.plannedProject());
        history.add(new ProjectCalendarChanged(PROJECT_ID, TENANT_ID, List.of(new CalendarDay(MARCH_6, false))));

        fixture.given(history)
                .when(new SaveBaseline(PROJECT_ID, BASELINE, "Approved plan", false, null))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(payloadsMatching(sequenceOf(
                        matches((BaselineSaved saved) -> saved.finish().equals(LocalDate.of(2026, 3, 23))
                                && saved.calendarExceptions().equals(List.of(new CalendarDay(MARCH_6, false)))
                                && saved.tasks().get(1).plannedFinish().equals(LocalDate.of(2026, 3, 9)),
                                "a baseline finishing on 23 March that keeps the project's day off"))));
    }

    // --- custom fields ----------------------------------------------------------------------------------------

    @Test
    void setsValuesOfEachTypeInCanonicalForm() {
        fixture.given(ProjectMother.projectCreated())
                .when(new SetCustomFieldValues(PROJECT_ID, Map.of("costCentre", " CC-4711 ", "strategicScore", 7.50,
                        "goLiveWindow", "2026-11-02", "riskClass", "HIGH"), null))
                .expectEvents(new ProjectCustomFieldsChanged(PROJECT_ID, TENANT_ID, Map.of("costCentre", "CC-4711",
                        "strategicScore", "7.5", "goLiveWindow", "2026-11-02", "riskClass", "HIGH")))
                .expectResultMessagePayload(1L);
    }

    @Test
    void aNumberMayComeAsANumericStringAndANullValueIsNoValue() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("costCentre", "CC-1");
        values.put("strategicScore", "1200.00");
        values.put("riskClass", null);
        fixture.given(ProjectMother.projectCreated())
                .when(new SetCustomFieldValues(PROJECT_ID, values, null))
                .expectEvents(new ProjectCustomFieldsChanged(PROJECT_ID, TENANT_ID, Map.of("costCentre", "CC-1",
                        "strategicScore", "1200")));
    }

    @Test
    void settingTheSameValuesAgainChangesNothing() {
        fixture.given(ProjectMother.projectCreated(), new ProjectCustomFieldsChanged(PROJECT_ID, TENANT_ID,
                Map.of("costCentre", "CC-1", "strategicScore", "12")))
                .when(new SetCustomFieldValues(PROJECT_ID, Map.of("costCentre", "CC-1", "strategicScore", 12), null))
                .expectNoEvents();
    }

    @Test
    void refusesAKeyTheTenantDidNotDefine() {
        fixture.given(ProjectMother.projectCreated())
                .when(new SetCustomFieldValues(PROJECT_ID, Map.of("costCentre", "CC-1", "colour", "red"), null))
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, "values.colour"));
    }

    @Test
    void refusesTextForANumber() {
        refuses(Map.of("costCentre", "CC-1", "strategicScore", "high"), "values.strategicScore");
    }

    @Test
    void refusesValuesOutsideThePlatformsInputBounds() {
        refuses(Map.of("costCentre", "CC-1", "strategicScore", 1e300), "values.strategicScore");
        refuses(Map.of("costCentre", "CC-1", "strategicScore", new java.math.BigDecimal("0.00000000001")),
                "values.strategicScore");
        refuses(Map.of("costCentre", "CC-1", "goLiveWindow", "2200-01-01"), "values.goLiveWindow");
        refuses(Map.of("costCentre", "CC-\u0007"), "values.costCentre");
    }

    @Test
    void refusesADateThatIsNotAnIsoDate() {
        refuses(Map.of("costCentre", "CC-1", "goLiveWindow", "02.11.2026"), "values.goLiveWindow");
        refuses(Map.of("costCentre", "CC-1", "goLiveWindow", "2026-02-30"), "values.goLiveWindow");
    }

    @Test
    void refusesAValueThatIsNotOneOfTheChoices() {
        refuses(Map.of("costCentre", "CC-1", "riskClass", "EXTREME"), "values.riskClass");
    }

    @Test
    void refusesANumberOrABlankForText() {
        refuses(Map.of("costCentre", 4711), "values.costCentre");
        refuses(Map.of("costCentre", "  "), "values.costCentre");
    }

    @Test
    void refusesAMissingRequiredValue() {
        refuses(Map.of("riskClass", "LOW"), "values.costCentre");
    }

    @Test
    void reportsEveryBadValueAtOnce() {
        refuses(Map.of("strategicScore", true, "goLiveWindow", 20261102, "riskClass", List.of("LOW")),
                "values.costCentre", "values.strategicScore", "values.goLiveWindow", "values.riskClass");
    }

    @Test
    void refusesToSetCustomFieldsOfACancelledProject() {
        fixture.given(ProjectMother.projectCreated(), cancelled())
                .when(new SetCustomFieldValues(PROJECT_ID, Map.of("costCentre", "CC-1"), null))
                .expectNoEvents()
                .expectException(rejectedNaming(StateConflict.class));
    }

    private void refuses(Map<String, Object> values, String... fields) {
        fixture.given(ProjectMother.projectCreated())
                .when(new SetCustomFieldValues(PROJECT_ID, values, null))
                .expectNoEvents()
                .expectException(rejectedNaming(RuleViolated.class, fields));
    }

    /** Any single event whose payload passes the check. */
    @SuppressWarnings("unchecked")
    private static <T> Matcher<Object> matches(java.util.function.Predicate<T> check, String description) {
        return new CustomTypeSafeMatcher<>(description) {
            @Override
            protected boolean matchesSafely(Object payload) {
                try {
                    return check.test((T) payload);
                }
                catch (ClassCastException ex) {
                    return false;
                }
            }
        };
    }

    private static ProjectCalendarChanged calendarChanged() {
        return new ProjectCalendarChanged(PROJECT_ID, TENANT_ID, List.of(new CalendarDay(SATURDAY, true),
                new CalendarDay(FRIDAY, false)));
    }

    private static ProjectStatusChanged cancelled() {
        return new ProjectStatusChanged(PROJECT_ID, TENANT_ID, ProjectStatus.PROPOSED, ProjectStatus.CANCELLED,
                "Stopped");
    }
}
