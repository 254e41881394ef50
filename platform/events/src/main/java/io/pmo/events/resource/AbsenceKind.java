package io.pmo.events.resource;

/**
 * What kind of absence, and no more: the topic keeps events forever, so a free-text reason (which could name an
 * illness) would be personal data kept forever. Sick leave is LEAVE.
 */
public enum AbsenceKind {
    LEAVE, TRAINING, OTHER
}
