package io.pmo.resource.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.pmo.platform.domain.NotFound;
import io.pmo.platform.query.TenantQueries;
import io.pmo.platform.web.InvalidRequestException;
import io.pmo.platform.web.RequestIdentity;
import io.pmo.resource.capacity.DateRange;
import io.pmo.resource.capacity.Granularity;
import io.pmo.resource.capacity.WhatIf;
import io.pmo.resource.query.CapacityQueries;
import io.pmo.resource.query.CapacityQueries.ResourceUtilisation;
import io.pmo.resource.query.CapacityQueries.SkillCapacity;
import io.pmo.resource.query.ResourceQueries;

/**
 * Utilisation (load vs capacity per week or month) of one resource or a page of them, demand vs capacity of a
 * skill, and the what-if of that with hires or a project's allocations shifted: computed on each read, nothing
 * stored. A range spans at most {@value DateRange#MAX_DAYS} days.
 */
@RestController
class CapacityController {

    private final CapacityQueries capacity;

    private final ResourceQueries resources;

    CapacityController(CapacityQueries capacity, ResourceQueries resources) {
        this.capacity = capacity;
        this.resources = resources;
    }

    record HiresRequest(@NotNull @Min(1) @Max(1_000) Integer count,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("24") BigDecimal hoursPerDay,
            @NotNull LocalDate from) {
    }

    record ShiftRequest(@NotNull @Pattern(regexp = "[0-9a-fA-F-]{36}") String projectId,
            @NotNull @Min(-3_660) @Max(3_660) Integer days) {
    }

    /** A what-if: hires, a shift, or both, on the demand vs capacity of {@code skill}. */
    record WhatIfRequest(@NotNull @Pattern(regexp = ResourceController.SKILL) String skill,
            @Min(1) @Max(5) Integer minLevel, @NotNull LocalDate from, @NotNull LocalDate to, String granularity,
            @Valid HiresRequest hires, @Valid ShiftRequest shift) {
    }

    @GetMapping("/api/v1/resources/{resourceId}/utilization")
    ResourceUtilisation utilisation(@PathVariable ResourceId resourceId, RequestIdentity identity,
            @RequestParam LocalDate from, @RequestParam LocalDate to,
            @RequestParam(defaultValue = "week") String granularity) {
        Granularity period = granularity(granularity);
        requireRange(from, to);
        return capacity.utilisation(identity.tenantId(), resources.find(identity.tenantId(), resourceId.value())
                .orElseThrow(() -> new NotFound("No resource " + resourceId)), from, to, period);
    }

    @GetMapping("/api/v1/resources/utilization")
    TenantQueries.Page<ResourceUtilisation> utilisations(RequestIdentity identity, @RequestParam LocalDate from,
            @RequestParam LocalDate to, @RequestParam(defaultValue = "week") String granularity,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        Granularity period = granularity(granularity);
        requireRange(from, to);
        return capacity.utilisation(identity.tenantId(), from, to, period, page, size);
    }

    @GetMapping("/api/v1/capacity")
    SkillCapacity skill(RequestIdentity identity, @RequestParam @Pattern(regexp = ResourceController.SKILL) String skill,
            @RequestParam(defaultValue = "1") @Min(1) @Max(5) int minLevel, @RequestParam LocalDate from,
            @RequestParam LocalDate to, @RequestParam(defaultValue = "week") String granularity) {
        Granularity period = granularity(granularity);
        requireRange(from, to);
        return capacity.skill(identity.tenantId(), skill, minLevel, from, to, period, WhatIf.NONE);
    }

    @PostMapping("/api/v1/capacity/what-if")
    SkillCapacity whatIf(RequestIdentity identity, @Valid @RequestBody WhatIfRequest request) {
        Granularity period = granularity(request.granularity() == null ? "week" : request.granularity());
        requireRange(request.from(), request.to());
        WhatIf whatIf = new WhatIf(request.hires() == null ? null : new WhatIf.Hires(request.hires().count(),
                request.hires().hoursPerDay(), request.hires().from()), request.shift() == null ? null
                        : new WhatIf.ProjectShift(request.shift().projectId().toLowerCase(), request.shift().days()));
        return capacity.skill(identity.tenantId(), request.skill(), request.minLevel() == null ? 1
                : request.minLevel(), request.from(), request.to(), period, whatIf);
    }

    private static Granularity granularity(String text) {
        try {
            return Granularity.valueOf(text.toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException ex) {
            throw invalid("granularity", "must be week or month");
        }
    }

    private static void requireRange(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw invalid("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) >= DateRange.MAX_DAYS) {
            throw invalid("to", "must be within " + DateRange.MAX_DAYS + " days of from");
        }
    }

    private static InvalidRequestException invalid(String field, String message) {
        return new InvalidRequestException("The request has invalid fields", List.of(Map.of("field", field,
                "message", message)));
    }
}
