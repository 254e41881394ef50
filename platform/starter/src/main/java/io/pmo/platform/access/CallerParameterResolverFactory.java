package io.pmo.platform.access;

import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;

/**
 * Lets a message handler declare a {@link Caller} parameter. Registered through {@code META-INF/services},
 * so Spring and the aggregate test fixtures both resolve it.
 */
public class CallerParameterResolverFactory implements ParameterResolverFactory {

    @Override
    public ParameterResolver<Caller> createInstance(Executable executable, Parameter[] parameters, int index) {
        if (parameters[index].getType() != Caller.class) {
            return null;
        }
        return new ParameterResolver<>() {
            @Override
            public Caller resolveParameterValue(Message<?> message) {
                return Caller.from(message.getMetaData());
            }

            @Override
            public boolean matches(Message<?> message) {
                return true;
            }
        };
    }
}
