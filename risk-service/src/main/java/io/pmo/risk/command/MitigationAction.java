package io.pmo.risk.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.EntityId;

import io.pmo.events.risk.MitigationActionCompleted;
import io.pmo.events.risk.MitigationActionOverdue;
import io.pmo.platform.domain.StateConflict;
import io.pmo.risk.command.RiskCommands.CompleteMitigationAction;

/**
 * An action carrying out a risk's response: its owner and due date, open until completed. An entity of the
 * {@link Risk} ({@code @AggregateMember}): commands naming its {@code actionId} reach it, and its events change it.
 * At the end of its due date a deadline checks it: still open, it is overdue (once).
 */
class MitigationAction {

    /** The deadline that checks an action at the end of its due date; its payload is the action id. */
    static final String OVERDUE = "mitigation-action-overdue";

    @EntityId
    private final String actionId;

    private final String title;

    private final String ownerId;

    private final LocalDate dueDate;

    private String deadlineId;

    private LocalDate completedOn;

    private boolean overdue;

    MitigationAction(String actionId, String title, String ownerId, LocalDate dueDate) {
        this.actionId = actionId;
        this.title = title;
        this.ownerId = ownerId;
        this.dueDate = dueDate;
    }

    String actionId() {
        return actionId;
    }

    LocalDate dueDate() {
        return dueDate;
    }

    boolean open() {
        return completedOn == null;
    }

    @CommandHandler
    long handle(CompleteMitigationAction command, Clock clock, DeadlineManager deadlines) {
        if (!open()) {
            throw StateConflict.inState("Action " + actionId + " was completed on " + completedOn, "COMPLETED");
        }
        if (deadlineId != null) {
            deadlines.cancelSchedule(OVERDUE, deadlineId);
        }
        apply(new MitigationActionCompleted(command.riskId(), Risk.tenantOf(), actionId, LocalDate.now(clock)));
        return AggregateLifecycle.getVersion();
    }

    /** The deadline fired: an action still open at the end of its due date is overdue. */
    boolean overdueOn(LocalDate today) {
        return open() && !overdue && today.isAfter(dueDate);
    }

    void scheduled(String deadlineId) {
        this.deadlineId = deadlineId;
    }

    @EventSourcingHandler
    void on(MitigationActionCompleted event) {
        if (event.actionId().equals(actionId)) {
            completedOn = event.completedOn();
        }
    }

    @EventSourcingHandler
    void on(MitigationActionOverdue event) {
        if (event.actionId().equals(actionId)) {
            overdue = true;
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MitigationAction that && actionId.equals(that.actionId) && title.equals(that.title)
                && ownerId.equals(that.ownerId) && dueDate.equals(that.dueDate)
                && Objects.equals(completedOn, that.completedOn) && overdue == that.overdue;
    }

    @Override
    public int hashCode() {
        return actionId.hashCode();
    }
}
