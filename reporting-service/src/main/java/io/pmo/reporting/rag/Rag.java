package io.pmo.reporting.rag;

/** A computed rating, ordered from best to worst. */
public enum Rag {
    GREEN, AMBER, RED;

    Rag worst(Rag other) {
        return other != null && other.ordinal() > ordinal() ? other : this;
    }
}
