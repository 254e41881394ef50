package io.pmo.platform.web;

import io.pmo.platform.bounds.InputBounds;

import java.math.BigDecimal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.pmo.events.common.Money;

/**
 * Money as a request carries it ({@code {"amount": "125000.00", "currency": "EUR"}}), held to
 * {@link InputBounds}: an ISO 4217 currency, an amount that is not negative, below {@link InputBounds#MAX_AMOUNT}
 * and with at most the currency's minor units. Every service's requests take money as this type, so the rule is
 * written once; a refusal is a 400 naming {@code <field>.amount} or {@code <field>.currency}.
 */
@MoneyInput.Bounded
public record MoneyInput(@NotNull BigDecimal amount, @NotNull String currency) {

    public Money toMoney() {
        return new Money(amount, currency);
    }

    /** The class-level check of a {@link MoneyInput}. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = BoundedValidator.class)
    public @interface Bounded {

        String message() default "must be an amount of money within the platform's bounds";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Names the part at fault: the currency, or the amount in that currency. */
    public static final class BoundedValidator implements ConstraintValidator<Bounded, MoneyInput> {

        @Override
        public boolean isValid(MoneyInput money, ConstraintValidatorContext context) {
            if (money == null) {
                return true;
            }
            String currency = InputBounds.currencyProblem(money.currency());
            String amount = InputBounds.amountProblem(money.amount(), money.currency());
            if (currency == null && amount == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            if (currency != null) {
                context.buildConstraintViolationWithTemplate(currency).addPropertyNode("currency")
                        .addConstraintViolation();
            }
            if (amount != null) {
                context.buildConstraintViolationWithTemplate(amount).addPropertyNode("amount")
                        .addConstraintViolation();
            }
            return false;
        }
    }
}
