package io.pmo.events.portfolio;

/** What a stage gate's approver decided about a candidate. */
public enum GateDecision {
    /** Passes the gate: on to the next one. */
    APPROVE,
    /** Stops the candidate for good. */
    REJECT,
    /** Stays at the gate, to be decided later. */
    DEFER,
    /** Back to the previous gate for more work. */
    SEND_BACK
}
