package io.pmo.events.common;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount in one currency (ISO 4217 code). Never a double; the scale is kept as given, so {@code 100.00 EUR}
 * stays {@code 100.00} on the wire. No bean-style accessors beyond the components: Jackson would publish them.
 */
public record Money(BigDecimal amount, String currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot add " + other.currency + " to " + currency);
        }
        return new Money(amount.add(other.amount), currency);
    }
}
