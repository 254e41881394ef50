package io.pmo.platform.tenancy;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;

import io.pmo.platform.messaging.PmoMetadata;
import io.pmo.platform.web.DomainException;

/**
 * Loading an aggregate by id ignores tenants, so every command handler of a {@link TenantOwned} aggregate is
 * wrapped: a command whose {@code tenantId} metadata names another tenant is answered as if the aggregate did
 * not exist (404, CONVENTIONS.md: never reveal another tenant's data) and changes nothing. Registered through
 * {@code META-INF/services}, so Spring, the aggregate test fixtures and every service get it.
 */
public class TenantGuard implements HandlerEnhancerDefinition {

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (!original.canHandleMessageType(CommandMessage.class)
                || !TenantOwned.class.isAssignableFrom(original.declaringClass())) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                if (target instanceof TenantOwned owned) {
                    Object tenant = message.getMetaData().get(PmoMetadata.TENANT_ID);
                    if (tenant != null && !tenant.equals(owned.tenantId())) {
                        throw DomainException.notFound("No such resource");
                    }
                }
                return super.handle(message, target);
            }
        };
    }
}
