package io.pmo.platform.access;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import io.pmo.platform.domain.NotAllowed;

/** A minimal aggregate with a tenant and an owner, to test the platform's guard the way services use it. */
class GuardedThing implements WriteScoped {

    record CreateThing(@TargetAggregateIdentifier String id, String tenantId, String ownerId) {
    }

    record TouchThing(@TargetAggregateIdentifier String id) {
    }

    record ThingCreated(String id, String tenantId, String ownerId, String createdBy) {
    }

    record ThingTouched(String id) {
    }

    @AggregateIdentifier
    private String id;

    private String tenantId;

    private String ownerId;

    GuardedThing() {
    }

    @CommandHandler
    GuardedThing(CreateThing command, Caller caller) {
        if (!caller.internal() && !caller.isAdmin() && !caller.is(command.ownerId())) {
            throw new NotAllowed("Only an admin creates things for someone else");
        }
        apply(new ThingCreated(command.id(), command.tenantId(), command.ownerId(), caller.principal()));
    }

    @CommandHandler
    void handle(TouchThing command) {
        apply(new ThingTouched(id));
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
    void on(ThingCreated event) {
        id = event.id();
        tenantId = event.tenantId();
        ownerId = event.ownerId();
    }
}
