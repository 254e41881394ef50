package io.pmo.events.risk;

/** IDENTIFIED -> ASSESSED -> RESPONDING -> CLOSED; OCCURRED when it happened (and became an issue). */
public enum RiskStatus {
    IDENTIFIED, ASSESSED, RESPONDING, OCCURRED, CLOSED
}
