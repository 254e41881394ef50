package io.pmo.risk.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import io.pmo.events.risk.IssueRaised;
import io.pmo.events.risk.IssueResolved;
import io.pmo.platform.access.Caller;
import io.pmo.platform.access.WriteScoped;
import io.pmo.platform.domain.StateConflict;
import io.pmo.platform.domain.UserId;
import io.pmo.platform.projects.KnownProjects;
import io.pmo.risk.command.RiskCommands.RaiseIssue;
import io.pmo.risk.command.RiskCommands.ResolveIssue;

/**
 * An issue: something that happened and must be dealt with, raised directly or by a risk that occurred (then in
 * the risk's unit of work, {@link #Issue(IssueRaised)}). Open until resolved; written by its owner and PMO admins.
 */
@Aggregate
class Issue implements WriteScoped {

    @AggregateIdentifier
    private String issueId;

    private String tenantId;

    private String ownerId;

    private LocalDate resolvedOn;

    Issue() {
        // for Axon, and for the creation policy of RaiseIssue
    }

    /** Raised by an occurred risk. */
    Issue(IssueRaised raised) {
        apply(raised);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    long handle(RaiseIssue command, Caller caller, KnownProjects projects) {
        Scope.check(command.projectId(), command.portfolioId(), command.tenantId(), caller, projects);
        String owner = Objects.requireNonNullElse(command.ownerId(), caller.principal());
        UserId.require(owner, "ownerId");
        apply(new IssueRaised(command.issueId(), command.tenantId(), command.projectId(), command.portfolioId(), null,
                command.title(), command.description(), command.severity(), owner));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(ResolveIssue command, Clock clock) {
        if (resolvedOn != null) {
            throw StateConflict.inState("Issue " + issueId + " was resolved on " + resolvedOn, "RESOLVED");
        }
        apply(new IssueResolved(issueId, tenantId, command.resolution(), LocalDate.now(clock)));
        return AggregateLifecycle.getVersion();
    }

    @Override
    public String tenantId() {
        return tenantId;
    }

    @Override
    public boolean writableBy(Caller caller) {
        return caller.isAdmin() || caller.is(ownerId);
    }

    @EventSourcingHandler
    void on(IssueRaised event) {
        issueId = event.issueId();
        tenantId = event.tenantId();
        ownerId = event.ownerId();
    }

    @EventSourcingHandler
    void on(IssueResolved event) {
        resolvedOn = event.resolvedOn();
    }
}
