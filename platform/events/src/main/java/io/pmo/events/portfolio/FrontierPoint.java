package io.pmo.events.portfolio;

import java.math.BigDecimal;

import io.pmo.events.common.Money;

/**
 * The best a budget level buys: the most total weighted score and the least cost of a set that reaches it.
 *
 * @param feasible false when the must-include projects alone cost more than the level (value and cost then null)
 * @param value total weighted score, one decimal
 * @param projects how many candidates the set holds
 */
public record FrontierPoint(Money budget, boolean feasible, BigDecimal value, Money cost, int projects) {
}
