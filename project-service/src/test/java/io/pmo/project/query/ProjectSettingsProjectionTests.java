package io.pmo.project.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.data.mongodb.core.MongoTemplate;

import io.pmo.events.project.CustomFieldDefinition;
import io.pmo.events.project.CustomFieldType;
import io.pmo.events.project.ProjectSettingsChanged;
import io.pmo.events.project.ProjectSettingsEvent;

/**
 * The settings read model replaces its document with each newer settings event and ignores a replayed one, and its
 * calendar is what the scheduler lays on the enterprise calendar. (The plan keeps a project's calendar exceptions
 * and custom field values: {@link ProjectPlanProjectionTests}.)
 */
class ProjectSettingsProjectionTests {

    private static final String SETTINGS_ID = ProjectSettingsEvent.settingsIdOf("acme");

    private static final Instant AT = Instant.parse("2027-01-04T09:00:00Z");

    private final MongoTemplate mongo = mock(MongoTemplate.class);

    private final ProjectSettingsChanged fourDayWeek = new ProjectSettingsChanged(SETTINGS_ID, "acme",
            List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY),
            List.of(LocalDate.of(2027, 1, 6)), List.of(new CustomFieldDefinition("riskClass", "Risk class",
                    CustomFieldType.CHOICE, List.of("LOW", "HIGH"), true)));

    @Test
    void aSettingsEventReplacesTheTenantsDocument() {
        EventMessage<?> message = GenericEventMessage.asEventMessage(fourDayWeek);

        new ProjectSettingsProjection(mongo).on(fourDayWeek, 3, AT, message);

        ArgumentCaptor<ProjectSettingsView> saved = ArgumentCaptor.forClass(ProjectSettingsView.class);
        verify(mongo).save(saved.capture());
        assertThat(saved.getValue()).isEqualTo(new ProjectSettingsView(SETTINGS_ID, "acme",
                fourDayWeek.workingWeekdays(), fourDayWeek.holidays(), fourDayWeek.customFields(), 3L, AT,
                message.getIdentifier()));
        // Thursday the 7th is worked; Wednesday the 6th is a holiday; Friday the 8th is not a working weekday.
        assertThat(saved.getValue().calendar().isWorkingDay(LocalDate.of(2027, 1, 7))).isTrue();
        assertThat(saved.getValue().calendar().isWorkingDay(LocalDate.of(2027, 1, 6))).isFalse();
        assertThat(saved.getValue().calendar().isWorkingDay(LocalDate.of(2027, 1, 8))).isFalse();
    }

    @Test
    void aReplayedSettingsEventChangesNothing() {
        when(mongo.findById(SETTINGS_ID, ProjectSettingsView.class)).thenReturn(new ProjectSettingsView(SETTINGS_ID,
                "acme", List.of(DayOfWeek.MONDAY), List.of(), List.of(), 3L, AT, "e-3"));

        new ProjectSettingsProjection(mongo).on(fourDayWeek, 3, AT, GenericEventMessage.asEventMessage(fourDayWeek));

        verify(mongo, never()).save(any());
    }

    @Test
    void theDefaultsWorkMondayToFridayWithoutHolidaysOrFields() {
        ProjectSettingsView defaults = ProjectSettingsView.defaults("acme");

        assertThat(defaults.workingWeekdays()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(defaults.holidays()).isEmpty();
        assertThat(defaults.customFields()).isEmpty();
        assertThat(defaults.version()).isNull();
    }
}
