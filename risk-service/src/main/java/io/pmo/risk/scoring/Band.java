package io.pmo.risk.scoring;

/** Where a score of 1..25 falls on the tenant's risk matrix, from least to most severe. */
public enum Band {
    LOW, MEDIUM, HIGH, CRITICAL
}
