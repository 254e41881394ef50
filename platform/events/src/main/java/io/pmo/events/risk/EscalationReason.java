package io.pmo.events.risk;

/**
 * Why a risk is escalated: its residual exposure reached the tenant's threshold, or a HIGH (or CRITICAL) risk had no
 * response within the tenant's days.
 */
public enum EscalationReason {
    EXPOSURE, NO_RESPONSE
}
