package io.pmo.resource.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
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

import io.pmo.events.resource.OverAllocationPolicy;
import io.pmo.events.resource.ResourceSettingsEvent;
import io.pmo.platform.web.IfMatch;
import io.pmo.platform.web.ReadModelWait;
import io.pmo.platform.web.RequestIdentity;
import io.pmo.platform.web.Writes;
import io.pmo.resource.command.ResourceSettingsCommands.ChangeResourceSettings;
import io.pmo.resource.query.ResourceSettingsQueries;
import io.pmo.resource.query.ResourceSettingsView;

/**
 * {@code /api/v1/settings/resource}: the caller tenant's working weekdays, holidays and over-allocation policy.
 * Every role reads them; only a PMO admin writes them. Without settings: Monday to Friday, no holidays, WARN.
 */
@RestController
@RequestMapping("/api/v1/settings/resource")
class ResourceSettingsController {

    private final CommandGateway commands;

    private final ResourceSettingsQueries settings;

    ResourceSettingsController(CommandGateway commands, ResourceSettingsQueries settings) {
        this.commands = commands;
        this.settings = settings;
    }

    record SettingsRequest(@NotNull @Size(min = 1, max = 7) List<@NotNull DayOfWeek> workingWeekdays,
            @Size(max = 1_000) List<@NotNull LocalDate> holidays, @NotNull OverAllocationPolicy overAllocationPolicy) {
    }

    record SettingsView(String tenantId, List<DayOfWeek> workingWeekdays, List<LocalDate> holidays,
            OverAllocationPolicy overAllocationPolicy, Long version, Instant changedAt) {

        static SettingsView of(ResourceSettingsView view) {
            return new SettingsView(view.tenantId(), view.workingWeekdays(), view.holidays(),
                    view.overAllocationPolicy(), view.version(), view.changedAt());
        }
    }

    @GetMapping
    ResponseEntity<SettingsView> get(RequestIdentity identity, @RequestParam(required = false) Long minVersion,
            @RequestHeader(name = "X-Min-Version", required = false) Long minVersionHeader) {
        return ReadModelWait.respond(() -> settings.find(identity.tenantId()),
                view -> view.version() == null ? -1 : view.version(), minVersion, minVersionHeader,
                () -> ResourceSettingsView.defaults(identity.tenantId()), SettingsView::of);
    }

    @PutMapping
    ResponseEntity<Writes.Result> put(@Valid @RequestBody SettingsRequest request, RequestIdentity identity,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String settingsId = ResourceSettingsEvent.settingsIdOf(identity.tenantId());
        return Writes.ok(commands, settingsId, new ChangeResourceSettings(settingsId, identity.tenantId(),
                request.workingWeekdays(), request.holidays() == null ? List.of() : request.holidays(),
                request.overAllocationPolicy(), IfMatch.expectedVersion(ifMatch)));
    }
}
