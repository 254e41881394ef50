package io.pmo.project.schedule;

/**
 * How a task depends on its predecessor (precedence diagramming method). With a lag of {@code L} working days
 * (negative for a lead):
 * <ul>
 * <li>{@code FS} finish-to-start: the successor starts at least {@code L} days after the predecessor finishes;</li>
 * <li>{@code SS} start-to-start: the successor starts at least {@code L} days after the predecessor starts;</li>
 * <li>{@code FF} finish-to-finish: the successor finishes at least {@code L} days after the predecessor finishes.</li>
 * </ul>
 */
public enum DependencyType {
    FS, SS, FF
}
