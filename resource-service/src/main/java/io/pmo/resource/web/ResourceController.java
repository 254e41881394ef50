package io.pmo.resource.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.pmo.events.resource.AbsenceKind;
import io.pmo.events.resource.PartTimePeriod;
import io.pmo.events.resource.ResourceKind;
import io.pmo.events.resource.Skill;
import io.pmo.platform.query.TenantQueries;
import io.pmo.platform.web.IfMatch;
import io.pmo.platform.web.MoneyInput;
import io.pmo.platform.web.ReadModelWait;
import io.pmo.platform.web.RequestIdentity;
import io.pmo.platform.web.UserIdFormat;
import io.pmo.platform.web.Writes;
import io.pmo.resource.command.ResourceCommands.CancelAbsence;
import io.pmo.resource.command.ResourceCommands.ChangeResourceProfile;
import io.pmo.resource.command.ResourceCommands.RecordAbsence;
import io.pmo.resource.command.ResourceCommands.RegisterResource;
import io.pmo.resource.command.ResourceCommands.SetPartTime;
import io.pmo.resource.command.ResourceCommands.SetSkills;
import io.pmo.resource.query.ResourceQueries;
import io.pmo.resource.query.ResourceView;

/**
 * {@code /api/v1/resources}: people (by user id) and placeholders (by label), their profile, skills, part-time
 * periods and absences. Writes answer once the events are stored, with the new version as ETag; reads take
 * {@code ?minVersion=}.
 */
@RestController
@RequestMapping("/api/v1/resources")
class ResourceController {

    static final String SKILL = "[a-z][a-z0-9-]{0,63}";

    private final CommandGateway commands;

    private final ResourceQueries resources;

    ResourceController(CommandGateway commands, ResourceQueries resources) {
        this.commands = commands;
        this.resources = resources;
    }

    /** A person names a {@code userId}, a placeholder a {@code label}. */
    record RegisterRequest(@NotNull ResourceKind kind, @UserIdFormat String userId, @Size(max = 200) String label,
            @NotNull @Size(min = 1, max = 200) String role,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("24") BigDecimal hoursPerDay,
            @NotNull @Valid MoneyInput costRate, LocalDate availableFrom, LocalDate availableUntil) {
    }

    record ProfileRequest(@NotNull @Size(min = 1, max = 200) String role,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("24") BigDecimal hoursPerDay,
            @NotNull @Valid MoneyInput costRate, LocalDate availableFrom, LocalDate availableUntil) {
    }

    record SkillRequest(@NotNull @Pattern(regexp = SKILL) String skill, @NotNull @Min(1) @Max(5) Integer level) {
    }

    record SkillsRequest(@NotNull @Size(max = 50) List<@NotNull @Valid SkillRequest> skills) {
    }

    record PartTimeRequest(@NotNull LocalDate from, LocalDate to,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") BigDecimal factor) {
    }

    record PartTimesRequest(@NotNull @Size(max = 50) List<@NotNull @Valid PartTimeRequest> periods) {
    }

    /** Only the kind of absence: no free text (it could name an illness, and events are kept forever). */
    record AbsenceRequest(@NotNull LocalDate from, @NotNull LocalDate to, @NotNull AbsenceKind kind) {
    }

    @PostMapping
    ResponseEntity<Writes.Result> register(@Valid @RequestBody RegisterRequest request, RequestIdentity identity) {
        String resourceId = UUID.randomUUID().toString();
        long version = Writes.version(commands, new RegisterResource(resourceId, identity.tenantId(), request.kind(),
                request.userId(), request.label() == null ? null : request.label().strip(), request.role().strip(),
                request.hoursPerDay(), request.costRate().toMoney(), request.availableFrom(),
                request.availableUntil()));
        return ResponseEntity.created(URI.create("/api/v1/resources/" + resourceId)).eTag(IfMatch.etag(version))
                .body(new Writes.Result(resourceId, version));
    }

    /** The tenant's resources, optionally of one {@code kind} or with one {@code skill}. */
    @GetMapping
    TenantQueries.Page<ResourceView> list(RequestIdentity identity, @RequestParam(required = false) ResourceKind kind,
            @RequestParam(required = false) @Pattern(regexp = SKILL) String skill,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return resources.list(identity.tenantId(), kind, skill, page, size);
    }

    @GetMapping("/{resourceId}")
    ResponseEntity<ResourceView> get(@PathVariable ResourceId resourceId, RequestIdentity identity,
            @RequestParam(required = false) Long minVersion,
            @RequestHeader(name = "X-Min-Version", required = false) Long minVersionHeader) {
        return ReadModelWait.respond(() -> resources.find(identity.tenantId(), resourceId.value()),
                ResourceView::version, minVersion, minVersionHeader, "No resource " + resourceId);
    }

    @PutMapping("/{resourceId}/profile")
    ResponseEntity<Writes.Result> profile(@PathVariable ResourceId resourceId,
            @Valid @RequestBody ProfileRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Writes.ok(commands, resourceId.value(), new ChangeResourceProfile(resourceId.value(),
                request.role().strip(), request.hoursPerDay(), request.costRate().toMoney(), request.availableFrom(),
                request.availableUntil(), IfMatch.expectedVersion(ifMatch)));
    }

    @PutMapping("/{resourceId}/skills")
    ResponseEntity<Writes.Result> skills(@PathVariable ResourceId resourceId,
            @Valid @RequestBody SkillsRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Writes.ok(commands, resourceId.value(), new SetSkills(resourceId.value(), request.skills().stream()
                .map(skill -> new Skill(skill.skill(), skill.level())).toList(), IfMatch.expectedVersion(ifMatch)));
    }

    @PutMapping("/{resourceId}/part-time")
    ResponseEntity<Writes.Result> partTime(@PathVariable ResourceId resourceId,
            @Valid @RequestBody PartTimesRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Writes.ok(commands, resourceId.value(), new SetPartTime(resourceId.value(), request.periods().stream()
                .map(period -> new PartTimePeriod(period.from(), period.to(), period.factor())).toList(),
                IfMatch.expectedVersion(ifMatch)));
    }

    @PostMapping("/{resourceId}/absences")
    ResponseEntity<Writes.Result> absence(@PathVariable ResourceId resourceId,
            @Valid @RequestBody AbsenceRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String absenceId = UUID.randomUUID().toString();
        long version = Writes.version(commands, new RecordAbsence(resourceId.value(), absenceId, request.from(),
                request.to(), request.kind(),
                IfMatch.expectedVersion(ifMatch)));
        return ResponseEntity.created(URI.create("/api/v1/resources/" + resourceId)).eTag(IfMatch.etag(version))
                .body(new Writes.Result(absenceId, version));
    }

    @DeleteMapping("/{resourceId}/absences/{absenceId}")
    ResponseEntity<Writes.Result> cancelAbsence(@PathVariable ResourceId resourceId, @PathVariable String absenceId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Writes.ok(commands, absenceId, new CancelAbsence(resourceId.value(), absenceId,
                IfMatch.expectedVersion(ifMatch)));
    }
}
