package io.pmo.risk.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
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

import io.pmo.events.risk.RiskSettingsEvent;
import io.pmo.platform.web.IfMatch;
import io.pmo.platform.web.ReadModelWait;
import io.pmo.platform.web.RequestIdentity;
import io.pmo.platform.web.Writes;
import io.pmo.risk.command.RiskSettingsCommands.ChangeRiskSettings;
import io.pmo.risk.query.RiskSettingsQueries;
import io.pmo.risk.query.RiskSettingsView;

/**
 * {@code /api/v1/settings/risk}: the caller tenant's risk matrix (level names, probability percentages, band
 * bounds), escalation score and days a HIGH risk may wait for a response. Every role reads; PMO admins write.
 */
@RestController
@RequestMapping("/api/v1/settings/risk")
class RiskSettingsController {

    private final CommandGateway commands;

    private final RiskSettingsQueries settings;

    RiskSettingsController(CommandGateway commands, RiskSettingsQueries settings) {
        this.commands = commands;
        this.settings = settings;
    }

    record SettingsRequest(@NotNull @Size(min = 5, max = 5) List<@NotBlank @Size(max = 50) String> probabilityNames,
            @NotNull @Size(min = 5, max = 5) List<@NotBlank @Size(max = 50) String> impactNames,
            @NotNull @Size(min = 5, max = 5) List<@NotNull BigDecimal> probabilityPercents,
            @NotNull @Min(2) @Max(25) Integer mediumFrom, @NotNull @Min(2) @Max(25) Integer highFrom,
            @NotNull @Min(2) @Max(25) Integer criticalFrom, @NotNull @Min(1) @Max(25) Integer escalationScore,
            @NotNull @Min(1) @Max(365) Integer responseDays) {
    }

    record SettingsView(String tenantId, List<String> probabilityNames, List<String> impactNames,
            List<BigDecimal> probabilityPercents, int mediumFrom, int highFrom, int criticalFrom,
            int escalationScore, int responseDays, Long version, Instant changedAt) {

        static SettingsView of(RiskSettingsView view) {
            return new SettingsView(view.tenantId(), view.probabilityNames(), view.impactNames(),
                    view.probabilityPercents(), view.mediumFrom(), view.highFrom(), view.criticalFrom(),
                    view.escalationScore(), view.responseDays(), view.version(), view.changedAt());
        }
    }

    @GetMapping
    ResponseEntity<SettingsView> get(RequestIdentity identity, @RequestParam(required = false) Long minVersion,
            @RequestHeader(name = "X-Min-Version", required = false) Long minVersionHeader) {
        return ReadModelWait.respond(() -> settings.find(identity.tenantId()),
                view -> view.version() == null ? -1 : view.version(), minVersion, minVersionHeader,
                () -> RiskSettingsView.defaults(identity.tenantId()), SettingsView::of);
    }

    @PutMapping
    ResponseEntity<Writes.Result> put(@Valid @RequestBody SettingsRequest request, RequestIdentity identity,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String settingsId = RiskSettingsEvent.settingsIdOf(identity.tenantId());
        return Writes.ok(commands, settingsId, new ChangeRiskSettings(settingsId, identity.tenantId(),
                request.probabilityNames().stream().map(String::strip).toList(),
                request.impactNames().stream().map(String::strip).toList(), request.probabilityPercents(),
                request.mediumFrom(), request.highFrom(), request.criticalFrom(), request.escalationScore(),
                request.responseDays(), IfMatch.expectedVersion(ifMatch)));
    }
}
