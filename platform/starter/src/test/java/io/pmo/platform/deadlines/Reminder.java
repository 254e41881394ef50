package io.pmo.platform.deadlines;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.pmo.platform.messaging.PmoMetadata;

/**
 * A test aggregate that schedules a deadline when it is set and applies {@link ReminderFired} when the deadline
 * is due, as a risk's escalation would. Its deadline handler records what it saw of its surroundings.
 */
@Aggregate
class Reminder {

    /** Per reminder: whether its deadline handler ran in a unit of work and in a database transaction. */
    static final Map<String, Boolean> HANDLED_IN_TRANSACTION = new ConcurrentHashMap<>();

    /** Per reminder: the thread its deadline handler ran on. */
    static final Map<String, String> HANDLED_ON = new ConcurrentHashMap<>();

    record SetReminder(@TargetAggregateIdentifier String reminderId, String deadlineName, Duration delay,
            String note) {
    }

    record CancelReminder(@TargetAggregateIdentifier String reminderId) {
    }

    record ReminderSet(String reminderId, String deadlineName, String deadlineId) {
    }

    record ReminderDue(String reminderId, String note) {
    }

    record ReminderFired(String reminderId, String note, String tenantId) {
    }

    @AggregateIdentifier
    private String reminderId;

    private String deadlineName;

    private String deadlineId;

    Reminder() {
    }

    @CommandHandler
    Reminder(SetReminder command, DeadlineManager deadlines) {
        String id = deadlines.schedule(command.delay(), command.deadlineName(),
                new ReminderDue(command.reminderId(), command.note()));
        apply(new ReminderSet(command.reminderId(), command.deadlineName(), id));
    }

    @CommandHandler
    void handle(CancelReminder command, DeadlineManager deadlines) {
        deadlines.cancelSchedule(deadlineName, deadlineId);
    }

    @DeadlineHandler
    void on(ReminderDue due, @MetaDataValue(PmoMetadata.TENANT_ID) String tenantId) {
        HANDLED_IN_TRANSACTION.put(reminderId,
                CurrentUnitOfWork.isStarted() && TransactionSynchronizationManager.isActualTransactionActive());
        HANDLED_ON.put(reminderId, Thread.currentThread().getName());
        apply(new ReminderFired(reminderId, due.note(), tenantId));
    }

    @EventSourcingHandler
    void on(ReminderSet event) {
        reminderId = event.reminderId();
        deadlineName = event.deadlineName();
        deadlineId = event.deadlineId();
    }
}
