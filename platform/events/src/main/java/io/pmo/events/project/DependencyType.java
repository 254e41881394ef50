package io.pmo.events.project;

/** Finish-to-start, start-to-start or finish-to-finish, each with a lag in working days (negative: a lead). */
public enum DependencyType {
    FS, SS, FF
}
