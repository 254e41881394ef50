package io.pmo.events.resource;

/** A resource is a person, or a named placeholder standing for demand not yet staffed (e.g. "Java developer"). */
public enum ResourceKind {
    PERSON, PLACEHOLDER
}
