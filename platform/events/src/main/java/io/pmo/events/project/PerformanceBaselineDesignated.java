package io.pmo.events.project;

import org.axonframework.serialization.Revision;

/** Earned value is measured against this baseline from now on. */
@Revision("1")
public record PerformanceBaselineDesignated(String projectId, String tenantId, String baselineId,
        String previousBaselineId) implements ProjectEvent {
}
