package io.pmo.events.project;

/** A red/amber/green rating of one dimension of a status report. */
public enum Rag {
    GREEN, AMBER, RED
}
