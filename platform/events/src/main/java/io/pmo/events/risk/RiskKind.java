package io.pmo.events.risk;

/** A threat (a risk to avoid) or an opportunity (a risk to seize). */
public enum RiskKind {
    THREAT, OPPORTUNITY
}
