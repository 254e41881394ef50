package io.pmo.platform.access;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;

import io.pmo.platform.domain.NotAllowed;
import io.pmo.platform.domain.NotFound;
import io.pmo.platform.messaging.PmoMetadata;
import io.pmo.platform.tenancy.TenantOwned;

/**
 * Wraps every command handler on an existing aggregate instance with two checks, in this order:
 * <ol>
 * <li><b>Tenant.</b> Loading an aggregate by id ignores tenants, so a command whose {@code tenantId} metadata
 * names another tenant than a {@link TenantOwned} aggregate's is answered as if the aggregate did not exist
 * ({@link NotFound}, a 404: CONVENTIONS.md, never reveal another tenant's data).</li>
 * <li><b>Write scope.</b> A {@link WriteScoped} aggregate is asked whether the {@link Caller} may change it;
 * a refusal is {@link NotAllowed} (a 403). Internal commands (no roles metadata) are not asked.</li>
 * </ol>
 * Either refusal happens before the handler runs, so nothing is applied. An instance whose tenant is still
 * null was not created by any event yet (a {@code @CreationPolicy} handler creating it): its handler decides. Registered through
 * {@code META-INF/services}, so Spring, the aggregate test fixtures and every service get it; no aggregate
 * checks tenancy or ownership by hand.
 */
public class AggregateGuard implements HandlerEnhancerDefinition {

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (!original.canHandleMessageType(CommandMessage.class)
                || !TenantOwned.class.isAssignableFrom(original.declaringClass())) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                if (!(target instanceof TenantOwned owned) || owned.tenantId() == null) {
                    // A constructor, or a creation policy on an instance that no event created yet.
                    return super.handle(message, target);
                }
                Object tenant = message.getMetaData().get(PmoMetadata.TENANT_ID);
                if (tenant != null && !tenant.equals(owned.tenantId())) {
                    throw new NotFound("No such resource");
                }
                if (target instanceof WriteScoped scoped) {
                    Caller caller = Caller.from(message.getMetaData());
                    if (!caller.internal() && !scoped.writableBy(caller)) {
                        throw new NotAllowed("You may not change this resource");
                    }
                }
                return super.handle(message, target);
            }
        };
    }
}
