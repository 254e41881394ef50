package io.pmo.events.risk;

/** How bad an issue is. */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL
}
