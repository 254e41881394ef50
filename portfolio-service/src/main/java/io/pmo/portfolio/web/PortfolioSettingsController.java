package io.pmo.portfolio.web;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

import io.pmo.events.portfolio.PortfolioSettingsEvent;
import io.pmo.events.portfolio.StageGate;
import io.pmo.platform.web.IfMatch;
import io.pmo.platform.web.ReadModelWait;
import io.pmo.platform.web.RequestIdentity;
import io.pmo.platform.web.Writes;
import io.pmo.portfolio.command.PortfolioSettingsCommands.ChangePortfolioSettings;
import io.pmo.portfolio.query.PortfolioSettingsQueries;
import io.pmo.portfolio.query.PortfolioSettingsView;

/**
 * {@code /api/v1/settings/portfolio}: the caller tenant's stage gates. Every role reads them; only a PMO admin
 * writes them. A tenant that never wrote settings reads the default gates, without a version.
 */
@RestController
@RequestMapping("/api/v1/settings/portfolio")
class PortfolioSettingsController {

    private final CommandGateway commands;

    private final PortfolioSettingsQueries settings;

    PortfolioSettingsController(CommandGateway commands, PortfolioSettingsQueries settings) {
        this.commands = commands;
        this.settings = settings;
    }

    /** {@code funding}: passing into this gate funds the candidate (exactly one gate). */
    record GateRequest(@NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{0,63}") String key,
            @NotBlank @Size(max = 200) String name, @Size(max = 20) List<@NotBlank @Size(max = 500) String> criteria,
            @NotNull @Size(min = 1, max = 6) List<@NotNull String> approverRoles, Boolean funding) {

        StageGate toGate() {
            return new StageGate(key, name.strip(), criteria == null ? List.of()
                    : criteria.stream().map(String::strip).toList(), approverRoles, Boolean.TRUE.equals(funding));
        }
    }

    record SettingsRequest(@NotNull @Size(min = 2, max = 20) List<@NotNull @Valid GateRequest> gates) {
    }

    record SettingsView(String tenantId, List<StageGate> gates, Long version, Instant changedAt) {

        static SettingsView of(PortfolioSettingsView view) {
            return new SettingsView(view.tenantId(), view.gates(), view.version(), view.changedAt());
        }
    }

    @GetMapping
    ResponseEntity<SettingsView> get(RequestIdentity identity, @RequestParam(required = false) @Min(0) Long minVersion,
            @RequestHeader(name = "X-Min-Version", required = false) Long minVersionHeader) {
        return ReadModelWait.respond(() -> settings.find(identity.tenantId()),
                view -> view.version() == null ? -1 : view.version(), minVersion, minVersionHeader,
                () -> settings.current(identity.tenantId()), SettingsView::of);
    }

    @PutMapping
    ResponseEntity<Writes.Result> put(@Valid @RequestBody SettingsRequest request, RequestIdentity identity,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String settingsId = PortfolioSettingsEvent.settingsIdOf(identity.tenantId());
        return Writes.ok(commands, settingsId, new ChangePortfolioSettings(settingsId, identity.tenantId(),
                request.gates().stream().map(GateRequest::toGate).toList(), IfMatch.expectedVersion(ifMatch)));
    }
}
