package io.pmo.platform.web;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import jakarta.servlet.http.HttpServletRequest;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import io.pmo.platform.messaging.PmoMetadata;

/**
 * Stamps tenant, principal, roles and correlation id of the current HTTP request on every command sent while
 * handling it, so controllers never build metadata by hand. Metadata a sender set explicitly wins. The roles
 * (comma-separated names under {@link PmoMetadata#ROLES}) are for command handlers' finer rules, such as "a
 * project manager writes only projects they manage"; they are not copied to events.
 */
class RequestMetadataDispatchInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            if (command.getMetaData().containsKey(PmoMetadata.TENANT_ID)
                    || !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
                return command;
            }
            HttpServletRequest request = attributes.getRequest();
            RequestIdentity identity = RequestIdentity.of(request);
            if (identity == null) {
                return command;
            }
            return command.andMetaData(PmoMetadata
                    .origin(identity.tenantId(), identity.principal(), identity.correlationId()).toMetaData())
                    .andMetaData(Map.of(PmoMetadata.ROLES, identity.roleNames()));
        };
    }
}
