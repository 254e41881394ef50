package io.pmo.reporting.web;

import java.time.Instant;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.pmo.platform.domain.NotFound;
import io.pmo.platform.web.IfMatch;
import io.pmo.platform.web.Writes;
import io.pmo.platform.web.ReadModelWait;
import io.pmo.platform.web.RequestIdentity;
import io.pmo.reporting.command.DefineRagThresholds;
import io.pmo.reporting.query.RagDefinitionQueries;
import io.pmo.reporting.query.RagDefinitionVersion;
import io.pmo.reporting.rag.RagThresholds;

/**
 * reporting-service's tenant settings (CONVENTIONS.md: {@code /api/v1/settings/{context}}): the thresholds of
 * computed RAG, versioned. Every role reads them; PMO admins write them (the role table).
 */
@RestController
@RequestMapping("/api/v1/settings/reporting")
class ReportingSettingsController {

    private final CommandGateway commands;

    private final RagDefinitionQueries definitions;

    ReportingSettingsController(CommandGateway commands, RagDefinitionQueries definitions) {
        this.commands = commands;
        this.definitions = definitions;
    }

    record SettingsRequest(@NotNull @Valid RagThresholds ragThresholds) {
    }

    /** {@code version} is the write's aggregate version (its ETag); {@code definitionVersion} what results name. */
    record Written(String id, long version, long definitionVersion) {
    }

    record SettingsView(long definitionVersion, RagThresholds ragThresholds, Instant definedAt,
            String definedBy) {

        static SettingsView of(RagDefinitionVersion version) {
            return new SettingsView(version.version(), version.thresholds(), version.definedAt(), version.definedBy());
        }
    }

    /** The current definition; {@code ?minDefinitionVersion=} waits briefly for a write to show (else 202). */
    @GetMapping
    ResponseEntity<SettingsView> current(RequestIdentity identity,
            @RequestParam(required = false) @Min(0) Long minDefinitionVersion) {
        ReadModelWait.Result<RagDefinitionVersion> result = ReadModelWait.await(
                () -> Optional.of(definitions.current(identity.tenantId())), RagDefinitionVersion::version,
                minDefinitionVersion, ReadModelWait.DEFAULT_TIMEOUT);
        SettingsView view = SettingsView.of(result.document().orElseThrow());
        return result.caughtUp() ? ResponseEntity.ok(view) : ResponseEntity.status(HttpStatus.ACCEPTED).body(view);
    }

    /** Any version ever defined: what a computed result that names it was measured against. */
    @GetMapping("/versions/{version}")
    SettingsView version(RequestIdentity identity, @PathVariable long version) {
        return definitions.version(identity.tenantId(), version).map(SettingsView::of)
                .orElseThrow(() -> new NotFound("No RAG definition version " + version));
    }

    @PutMapping
    ResponseEntity<Written> define(@Valid @RequestBody SettingsRequest request, RequestIdentity identity,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String definitionId = DefineRagThresholds.definitionIdOf(identity.tenantId());
        long version = Writes.version(commands, new DefineRagThresholds(definitionId, identity.tenantId(),
                request.ragThresholds(), IfMatch.expectedVersion(ifMatch)));
        return ResponseEntity.ok().eTag(IfMatch.etag(version)).body(new Written(definitionId, version, version + 1));
    }
}
