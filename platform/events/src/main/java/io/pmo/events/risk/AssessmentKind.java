package io.pmo.events.risk;

/** INHERENT: before any response; RESIDUAL: with the responses in place. */
public enum AssessmentKind {
    INHERENT, RESIDUAL
}
