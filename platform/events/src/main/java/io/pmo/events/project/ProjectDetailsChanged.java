package io.pmo.events.project;

import org.axonframework.serialization.Revision;

/**
 * A project's master data: sponsor (a user id), business unit, delivery methodology and the currency every
 * amount of the project is in. Carries the whole set; the first one sets the currency.
 */
@Revision("1")
public record ProjectDetailsChanged(String projectId, String tenantId, String sponsorId, String businessUnit,
        Methodology methodology, String currency) implements ProjectEvent {
}
