package io.pmo.events.risk;

/** Where a score falls on the tenant's risk matrix. */
public enum Band {
    LOW, MEDIUM, HIGH, CRITICAL
}
