package io.pmo.project.command;

import java.util.Currency;

import io.pmo.events.common.Money;
import io.pmo.platform.domain.RuleViolated;

/** The rules of the project's money: one ISO 4217 currency, set before any amount, and no negative amounts. */
final class Amounts {

    private Amounts() {
    }

    /** An amount must not be negative and must be in the project's currency, which must be set. */
    static void check(String field, Money amount, String currency) {
        if (amount.amount().signum() < 0) {
            throw new RuleViolated("An amount cannot be negative", field + ".amount",
                    "must not be negative");
        }
        if (currency == null) {
            throw new RuleViolated("Set the project's currency (its details) before any amount",
                    field + ".currency", "the project has no currency yet");
        }
        if (!currency.equals(amount.currency())) {
            throw new RuleViolated("The project's amounts are in " + currency + ", not "
                    + amount.currency(), field + ".currency", "must be the project's currency " + currency);
        }
    }

    static void requireCurrencyCode(String code) {
        boolean known;
        try {
            known = code != null && code.matches("[A-Z]{3}") && Currency.getInstance(code) != null;
        }
        catch (IllegalArgumentException ex) {
            known = false;
        }
        if (!known) {
            throw new RuleViolated("Not an ISO 4217 currency: " + code, "currency",
                    "must be an ISO 4217 code such as EUR");
        }
    }
}
