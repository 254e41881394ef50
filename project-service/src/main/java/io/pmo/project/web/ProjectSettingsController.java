package io.pmo.project.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.pmo.events.project.CustomFieldDefinition;
import io.pmo.events.project.CustomFieldType;
import io.pmo.events.project.ProjectSettingsEvent;
import io.pmo.platform.web.IfMatch;
import io.pmo.platform.web.ReadModelWait;
import io.pmo.platform.web.RequestIdentity;
import io.pmo.platform.web.Writes;
import io.pmo.project.command.ProjectSettingsCommands.ChangeProjectSettings;
import io.pmo.project.query.ProjectSettingsQueries;
import io.pmo.project.query.ProjectSettingsView;

/**
 * {@code /api/v1/settings/project}: the caller tenant's project settings (CONVENTIONS.md Ownership). Every role
 * of the tenant reads them; only a PMO admin writes them (the role table, and the aggregate again). A tenant
 * that never wrote settings reads the defaults, without a version.
 */
@RestController
@RequestMapping("/api/v1/settings/project")
class ProjectSettingsController {

    private final CommandGateway commands;

    private final ProjectSettingsQueries settings;

    ProjectSettingsController(CommandGateway commands, ProjectSettingsQueries settings) {
        this.commands = commands;
        this.settings = settings;
    }

    /** A definition as a client writes it; {@code choices} only for CHOICE; not {@code required} if left out. */
    record CustomFieldRequest(@NotNull String key, @NotNull String label, @NotNull CustomFieldType type,
            @Size(max = 100) List<@NotNull String> choices, Boolean required) {

        CustomFieldDefinition toDefinition() {
            return new CustomFieldDefinition(key, label, type, choices, Boolean.TRUE.equals(required));
        }
    }

    /** The whole settings; what is left out is empty (no holidays, no custom fields). */
    record SettingsRequest(@NotNull @Size(max = 7) List<@NotNull DayOfWeek> workingWeekdays,
            @Size(max = 1_000) List<@NotNull LocalDate> holidays,
            @Valid @Size(max = 100) List<@NotNull @Valid CustomFieldRequest> customFields) {
    }

    record SettingsView(String tenantId, List<DayOfWeek> workingWeekdays, List<LocalDate> holidays,
            List<CustomFieldDefinition> customFields, Long version, Instant updatedAt) {

        static SettingsView of(ProjectSettingsView view) {
            return new SettingsView(view.tenantId(), view.workingWeekdays(), view.holidays(), view.customFields(),
                    view.version(), view.updatedAt());
        }
    }

    @GetMapping
    ResponseEntity<SettingsView> get(RequestIdentity identity, @RequestParam(required = false) @Min(0) Long minVersion,
            @RequestHeader(name = "X-Min-Version", required = false) Long minVersionHeader) {
        return ReadModelWait.respond(() -> settings.find(identity.tenantId()),
                view -> view.version() == null ? -1 : view.version(), minVersion, minVersionHeader,
                () -> ProjectSettingsView.defaults(identity.tenantId()), SettingsView::of);
    }

    @PutMapping
    ResponseEntity<ProjectController.WriteResult> put(@Valid @RequestBody SettingsRequest request,
            RequestIdentity identity, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String settingsId = ProjectSettingsEvent.settingsIdOf(identity.tenantId());
        List<CustomFieldDefinition> fields = request.customFields() == null ? List.of()
                : request.customFields().stream().map(CustomFieldRequest::toDefinition).toList();
        return ProjectController.written(settingsId, Writes.version(commands, new ChangeProjectSettings(settingsId,
                identity.tenantId(), request.workingWeekdays(), request.holidays(), fields,
                IfMatch.expectedVersion(ifMatch))));
    }
}
