package io.pmo.events.project;

import org.axonframework.serialization.Revision;

/**
 * The project got a (new) project manager: the user who may write it besides the tenant's PMO admins.
 * User ids only, never names (CONVENTIONS.md: personal data stays out of events).
 */
@Revision("1")
public record ProjectManagerAssigned(String projectId, String tenantId, String managerId, String previousManagerId)
        implements ProjectEvent {
}
