package io.pmo.events.project;

/** How the project is delivered. */
public enum Methodology {
    WATERFALL, SCRUM, HYBRID
}
