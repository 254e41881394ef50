package io.pmo.events.risk;

import io.pmo.events.common.TenantEvent;

/** Every event of an issue names the issue and its tenant; on {@code pmo.risk.events}, keyed by issue id. */
public sealed interface IssueEvent extends TenantEvent permits IssueRaised, IssueResolved {

    String issueId();

    @Override
    default String aggregateId() {
        return issueId();
    }
}
