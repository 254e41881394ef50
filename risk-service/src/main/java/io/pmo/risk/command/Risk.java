package io.pmo.risk.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.createNew;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import io.pmo.events.common.Money;
import io.pmo.events.risk.AssessmentKind;
import io.pmo.events.risk.Band;
import io.pmo.events.risk.EscalationReason;
import io.pmo.events.risk.IssueRaised;
import io.pmo.events.risk.MitigationActionAdded;
import io.pmo.events.risk.MitigationActionOverdue;
import io.pmo.events.risk.ResponsePlanned;
import io.pmo.events.risk.ResponseStrategy;
import io.pmo.events.risk.RiskAssessed;
import io.pmo.events.risk.RiskClosed;
import io.pmo.events.risk.RiskDeescalated;
import io.pmo.events.risk.RiskDetailsChanged;
import io.pmo.events.risk.RiskEscalated;
import io.pmo.events.risk.RiskKind;
import io.pmo.events.risk.RiskOccurred;
import io.pmo.events.risk.RiskOwnerAssigned;
import io.pmo.events.risk.RiskRaised;
import io.pmo.events.risk.RiskStatus;
import io.pmo.platform.access.Caller;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.platform.domain.StateConflict;
import io.pmo.platform.domain.UserId;
import io.pmo.platform.projects.KnownProjects;
import io.pmo.risk.command.RiskCommands.AddMitigationAction;
import io.pmo.risk.command.RiskCommands.AssessRisk;
import io.pmo.risk.command.RiskCommands.AssignRiskOwner;
import io.pmo.risk.command.RiskCommands.ChangeRiskDetails;
import io.pmo.risk.command.RiskCommands.CloseProjectRisk;
import io.pmo.risk.command.RiskCommands.CloseRisk;
import io.pmo.risk.command.RiskCommands.PlanResponse;
import io.pmo.risk.command.RiskCommands.RaiseRisk;
import io.pmo.risk.command.RiskCommands.RecordOccurrence;
import io.pmo.risk.query.RiskPolicies;
import io.pmo.risk.query.RiskSettingsView;
import io.pmo.risk.scoring.RiskMatrix;

/**
 * A risk of a project or a portfolio: IDENTIFIED -> ASSESSED -> RESPONDING -> CLOSED, or OCCURRED (an issue is
 * raised for it). Every (re)assessment is an event with its score and band under the tenant's matrix; escalation
 * follows the current (residual, else inherent) score against the tenant's threshold, and a HIGH risk without a
 * response for the tenant's days is escalated by a deadline. Mitigation actions are entities with a deadline at the
 * end of their due date. Rules are checked in the handlers; state changes only in {@link RiskState}'s.
 */
@Aggregate
class Risk extends RiskState {

    /** The deadline that escalates a HIGH risk left without a response; its payload is the days it waited. */
    static final String NO_RESPONSE = "risk-no-response";

    static final int MAX_ACTIONS = 200;

    private static final Set<ResponseStrategy> THREAT = Set.of(ResponseStrategy.AVOID, ResponseStrategy.MITIGATE,
            ResponseStrategy.TRANSFER, ResponseStrategy.ACCEPT);

    private static final Set<ResponseStrategy> OPPORTUNITY = Set.of(ResponseStrategy.EXPLOIT,
            ResponseStrategy.ENHANCE, ResponseStrategy.SHARE, ResponseStrategy.ACCEPT);

    Risk() {
        // for Axon, and for the creation policy of RaiseRisk
    }

    /** A risk of a known, open project or of a portfolio; the caller owns it unless someone is named. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    long handle(RaiseRisk command, Caller caller, KnownProjects projects) {
        Scope.check(command.projectId(), command.portfolioId(), command.tenantId(), caller, projects);
        String owner = Objects.requireNonNullElse(command.ownerId(), caller.principal());
        UserId.require(owner, "ownerId");
        apply(new RiskRaised(command.riskId(), command.tenantId(), command.projectId(), command.portfolioId(),
                command.kind(), command.title(), command.description(), command.category(), command.cause(),
                command.effect(), owner, command.proximity()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(ChangeRiskDetails command) {
        requireOpen("describe");
        RiskDetailsChanged changed = new RiskDetailsChanged(riskId, tenantId, command.title(), command.description(),
                command.category(), command.cause(), command.effect(), command.proximity());
        if (!changed.equals(new RiskDetailsChanged(riskId, tenantId, details.title(), details.description(),
                details.category(), details.cause(), details.effect(), details.proximity()))) {
            apply(changed);
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(AssignRiskOwner command) {
        requireOpen("hand over");
        UserId.require(command.ownerId(), "ownerId");
        if (!command.ownerId().equals(ownerId)) {
            apply(new RiskOwnerAssigned(riskId, tenantId, command.ownerId(), ownerId));
        }
        return AggregateLifecycle.getVersion();
    }

    /**
     * An assessment on the tenant's matrix: score, band and (with a cost impact) EMV; then the escalation follows
     * the current score, and a risk that just became HIGH without a response gets its deadline.
     */
    @CommandHandler
    long handle(AssessRisk command, RiskPolicies policies, Clock clock, DeadlineManager deadlines) {
        requireOpen("assess");
        requireLevel(command.probability(), "probability");
        requireLevel(command.impact(), "impact");
        RiskSettingsView settings = policies.settings(tenantId);
        RiskMatrix matrix = settings.matrix();
        int score = RiskMatrix.score(command.probability(), command.impact());
        Money costImpact = command.costImpact();
        Money emv = costImpact == null ? null : new Money(matrix.emv(command.probability(), costImpact.amount(),
                costImpact.currency()), costImpact.currency());
        boolean waitingBefore = highWithoutResponseSince != null;
        apply(new RiskAssessed(riskId, tenantId, command.assessmentId(), command.kind(), command.probability(),
                command.impact(), score, Band.valueOf(matrix.band(score).name()), costImpact, emv,
                LocalDate.now(clock), command.note()));
        followExposure(settings);
        if (!waitingBefore && highWithoutResponseSince != null) {
            deadlines.schedule(highWithoutResponseSince.plusDays(settings.responseDays()).atStartOfDay()
                    .toInstant(ZoneOffset.UTC), NO_RESPONSE, settings.responseDays());
        }
        return AggregateLifecycle.getVersion();
    }

    /** A response fitting the risk's kind, once it is assessed; it ends a wait for a response. */
    @CommandHandler
    long handle(PlanResponse command, DeadlineManager deadlines) {
        requireOpen("respond to");
        if (status == RiskStatus.IDENTIFIED) {
            throw StateConflict.inState("Risk " + riskId + " is not assessed yet: assess it first", status,
                    List.of(RiskStatus.ASSESSED));
        }
        if (!(kind == RiskKind.THREAT ? THREAT : OPPORTUNITY).contains(command.strategy())) {
            throw new RuleViolated("A " + kind + " is met by " + (kind == RiskKind.THREAT ? THREAT : OPPORTUNITY),
                    "strategy", "must fit a " + kind.name().toLowerCase());
        }
        apply(new ResponsePlanned(riskId, tenantId, command.strategy(), command.description()));
        deadlines.cancelAllWithinScope(NO_RESPONSE);
        if (escalated == EscalationReason.NO_RESPONSE) {
            apply(new RiskDeescalated(riskId, tenantId, "A response was planned"));
        }
        return AggregateLifecycle.getVersion();
    }

    /** An action of the response, due on a day from today on; checked by a deadline at the end of that day. */
    @CommandHandler
    long handle(AddMitigationAction command, Clock clock, DeadlineManager deadlines) {
        requireOpen("add actions to");
        if (strategy == null) {
            throw StateConflict.inState("Risk " + riskId + " has no response yet: plan one first", status,
                    List.of(RiskStatus.RESPONDING));
        }
        if (actions.containsKey(command.actionId())) {
            throw StateConflict.inState("Action " + command.actionId() + " exists", "ADDED");
        }
        if (actions.size() >= MAX_ACTIONS) {
            throw new RuleViolated("A risk holds at most " + MAX_ACTIONS + " actions");
        }
        UserId.require(command.ownerId(), "ownerId");
        if (command.dueDate().isBefore(LocalDate.now(clock))) {
            throw new RuleViolated("An action is due today or later", "dueDate", "must not be in the past");
        }
        apply(new MitigationActionAdded(riskId, tenantId, command.actionId(), command.title(), command.ownerId(),
                command.dueDate()));
        deadlines.schedule(command.dueDate().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                MitigationAction.OVERDUE, command.actionId());
        return AggregateLifecycle.getVersion();
    }

    /** The risk happened: it is OCCURRED, and an issue is raised for it in the same unit of work. */
    @CommandHandler
    long handle(RecordOccurrence command, Clock clock, DeadlineManager deadlines) throws Exception {
        requireOpen("record the occurrence of");
        if (status == RiskStatus.OCCURRED) {
            throw StateConflict.inState("Risk " + riskId + " occurred already", status);
        }
        LocalDate today = LocalDate.now(clock);
        apply(new RiskOccurred(riskId, tenantId, command.issueId(), today, command.description()));
        deadlines.cancelAllWithinScope(NO_RESPONSE);
        IssueRaised raised = new IssueRaised(command.issueId(), tenantId, projectId, portfolioId, riskId,
                details.title(), command.description(), command.severity(), ownerId);
        createNew(Issue.class, () -> new Issue(raised));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(CloseRisk command, Clock clock, DeadlineManager deadlines) {
        if (status == RiskStatus.CLOSED) {
            throw StateConflict.inState("Risk " + riskId + " is closed already", status);
        }
        close(command.reason(), clock, deadlines);
        return AggregateLifecycle.getVersion();
    }

    /** The reaction to the risk's project completed or cancelled; a closed risk stays as it is. */
    @CommandHandler
    long handle(CloseProjectRisk command, Clock clock, DeadlineManager deadlines) {
        if (status != RiskStatus.CLOSED) {
            close(command.reason(), clock, deadlines);
        }
        return AggregateLifecycle.getVersion();
    }

    /** The risk stayed HIGH without a response for the tenant's days: escalate it (once). */
    @DeadlineHandler(deadlineName = NO_RESPONSE)
    void noResponse(Integer days) {
        RiskAssessed now = current();
        if (strategy == null && escalated == null && highWithoutResponseSince != null && now != null
                && status != RiskStatus.CLOSED) {
            apply(new RiskEscalated(riskId, tenantId, EscalationReason.NO_RESPONSE, now.score(), now.band(), days));
        }
    }

    /** The end of an action's due date (the deadline's time): still open, it is overdue (once). */
    @DeadlineHandler(deadlineName = MitigationAction.OVERDUE)
    void actionDue(String actionId, @Timestamp Instant due) {
        MitigationAction action = actions.get(actionId);
        LocalDate today = LocalDate.ofInstant(due, ZoneOffset.UTC);
        if (action != null && status != RiskStatus.CLOSED && action.overdueOn(today)) {
            apply(new MitigationActionOverdue(riskId, tenantId, actionId, action.dueDate(), today));
        }
    }

    private void close(String reason, Clock clock, DeadlineManager deadlines) {
        apply(new RiskClosed(riskId, tenantId, reason, LocalDate.now(clock)));
        deadlines.cancelAllWithinScope(NO_RESPONSE);
        deadlines.cancelAllWithinScope(MitigationAction.OVERDUE);
        if (escalated != null) {
            apply(new RiskDeescalated(riskId, tenantId, "The risk was closed"));
        }
    }

    /** Escalates when the current score reaches the tenant's threshold; de-escalates an exposure below it. */
    private void followExposure(RiskSettingsView settings) {
        RiskAssessed now = current();
        if (escalated == null && now.score() >= settings.escalationScore()) {
            apply(new RiskEscalated(riskId, tenantId, EscalationReason.EXPOSURE, now.score(), now.band(),
                    settings.escalationScore()));
        }
        else if (escalated == EscalationReason.EXPOSURE && now.score() < settings.escalationScore()) {
            apply(new RiskDeescalated(riskId, tenantId, "Exposure " + now.score() + " is below "
                    + settings.escalationScore()));
        }
    }

    private void requireOpen(String action) {
        if (status == RiskStatus.CLOSED) {
            throw StateConflict.inState("Risk " + riskId + " is closed: no one may " + action + " it", status);
        }
    }

    private static void requireLevel(int level, String field) {
        if (level < 1 || level > RiskMatrix.LEVELS) {
            throw new RuleViolated("A level is 1 to 5", field, "must be between 1 and 5");
        }
    }
}
