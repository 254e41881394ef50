package io.pmo.risk.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import io.pmo.events.risk.DecisionRecorded;
import io.pmo.platform.access.Caller;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.platform.projects.KnownProjects;
import io.pmo.platform.tenancy.TenantOwned;
import io.pmo.risk.command.RiskCommands.RecordDecision;

/**
 * An entry of the decisions log: who decided what, when and why, linked to risks and issues. Written once: a
 * decision changed is a new decision that says so.
 */
@Aggregate
class Decision implements TenantOwned {

    static final int MAX_LINKS = 50;

    @AggregateIdentifier
    private String decisionId;

    private String tenantId;

    Decision() {
        // for Axon, and for the creation policy of RecordDecision
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    long handle(RecordDecision command, Caller caller, KnownProjects projects, Clock clock) {
        Scope.check(command.projectId(), command.portfolioId(), command.tenantId(), caller, projects);
        if (command.riskIds().size() > MAX_LINKS || command.issueIds().size() > MAX_LINKS) {
            throw new RuleViolated("A decision links at most " + MAX_LINKS + " risks and " + MAX_LINKS + " issues",
                    command.riskIds().size() > MAX_LINKS ? "riskIds" : "issueIds", "must hold at most " + MAX_LINKS);
        }
        apply(new DecisionRecorded(command.decisionId(), command.tenantId(), command.projectId(),
                command.portfolioId(), command.title(), command.decision(), command.rationale(), caller.principal(),
                LocalDate.now(clock), command.riskIds(), command.issueIds()));
        return AggregateLifecycle.getVersion();
    }

    @Override
    public String tenantId() {
        return tenantId;
    }

    @EventSourcingHandler
    void on(DecisionRecorded event) {
        decisionId = event.decisionId();
        tenantId = event.tenantId();
    }
}
