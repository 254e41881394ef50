package io.pmo.platform.web;

import io.pmo.platform.bounds.InputBounds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Function;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Holds every date, text and decimal of every request body to {@link InputBounds}, whatever record it lands in:
 * the value is read as Jackson reads it, then checked, and a value out of bounds fails the body with its path, so
 * the client gets a 400 naming the field and nothing is sent on. Registered on the service's web JSON mapper only
 * (the events' own mapper reads what was stored, bounds or not).
 */
public class RequestBoundsModule extends SimpleModule {

    public RequestBoundsModule() {
        super("pmo-request-bounds");
        setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
                    BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                if (type == LocalDate.class) {
                    return new Checked(deserializer, value -> InputBounds.dateProblem((LocalDate) value));
                }
                if (type == String.class) {
                    return new Checked(deserializer, value -> InputBounds.textProblem((String) value));
                }
                if (type == BigDecimal.class) {
                    return new Checked(deserializer, value -> InputBounds.numberProblem((BigDecimal) value));
                }
                return deserializer;
            }
        });
    }

    /** The standard deserializer of a type, followed by a bounds check. */
    private static final class Checked extends DelegatingDeserializer {

        private final Function<Object, String> problem;

        Checked(ValueDeserializer<?> delegate, Function<Object, String> problem) {
            super(delegate);
            this.problem = problem;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Checked(delegate, problem);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            return check(parser, super.deserialize(parser, context));
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context, Object intoValue) {
            return check(parser, super.deserialize(parser, context, intoValue));
        }

        private Object check(JsonParser parser, Object value) {
            String message = value == null ? null : problem.apply(value);
            if (message != null) {
                throw (InvalidFormatException) InvalidFormatException.from(parser, message, value, handledType())
                        .withCause(new InputBounds.OutOfBoundsException(message));
            }
            return value;
        }
    }
}
