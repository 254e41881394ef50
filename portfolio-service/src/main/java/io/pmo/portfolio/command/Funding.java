package io.pmo.portfolio.command;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.pmo.events.common.Money;
import io.pmo.events.portfolio.BudgetEnvelopeSet;

/**
 * The portfolio's money: its budget envelope per fiscal year and what its funding decisions approved in each
 * year. Funding beyond a year's envelope, or in a year without one, needs an explicit override.
 */
final class Funding {

    /** A funding that would pass the envelope: the envelope (null if the year has none) and the total after. */
    record Overrun(Money envelope, Money fundedAfter) {
    }

    private final Map<Integer, Money> envelopes = new HashMap<>();

    private final Map<Integer, BigDecimal> funded = new HashMap<>();

    Optional<Money> envelope(int fiscalYear) {
        return Optional.ofNullable(envelopes.get(fiscalYear));
    }

    BigDecimal funded(int fiscalYear) {
        return funded.getOrDefault(fiscalYear, BigDecimal.ZERO);
    }

    /** Whether {@code extra} more funding in the year would pass its envelope, and by what. */
    Optional<Overrun> overrun(int fiscalYear, BigDecimal extra, String currency) {
        BigDecimal after = funded(fiscalYear).add(extra);
        Money envelope = envelopes.get(fiscalYear);
        if (envelope != null && after.compareTo(envelope.amount()) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Overrun(envelope, new Money(after, currency)));
    }

    void on(BudgetEnvelopeSet event) {
        envelopes.put(event.fiscalYear(), event.amount());
    }

    void funded(int fiscalYear, BigDecimal amount) {
        funded.merge(fiscalYear, amount, BigDecimal::add);
    }
}
