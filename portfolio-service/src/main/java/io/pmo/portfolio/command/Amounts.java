package io.pmo.portfolio.command;

import io.pmo.events.common.Money;
import io.pmo.platform.bounds.InputBounds;
import io.pmo.platform.domain.RuleViolated;
import io.pmo.portfolio.scoring.Wsjf;

/** The portfolio's checks of amounts and points: every amount in the portfolio's currency, WSJF on its scale. */
final class Amounts {

    private Amounts() {
    }

    static void requireCurrency(String code, String field) {
        if (InputBounds.currency(code) == null) {
            throw new RuleViolated("No currency " + code, field, "must be an ISO 4217 currency code such as EUR");
        }
    }

    /** An amount (null passes: optional amounts are checked for presence where they are required). */
    static void requireIn(Money money, String currency, String field) {
        if (money != null && !money.currency().equals(currency)) {
            throw new RuleViolated("The portfolio's amounts are in " + currency + ", not " + money.currency(),
                    field + ".currency", "must be " + currency);
        }
    }

    static void requireOnScale(int points, String field) {
        if (!Wsjf.onScale(points)) {
            throw new RuleViolated(points + " is not on the WSJF scale " + Wsjf.SCALE, field,
                    "must be one of " + Wsjf.SCALE);
        }
    }
}
