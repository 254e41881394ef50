package io.pmo.events.project;

/**
 * How a task earns its planned value as work progresses:
 * <ul>
 * <li>{@code PERCENT_COMPLETE}: the reported percent complete of the planned cost;</li>
 * <li>{@code ZERO_HUNDRED}: nothing until the task finishes, then all of it;</li>
 * <li>{@code FIFTY_FIFTY}: half when it starts, the rest when it finishes;</li>
 * <li>{@code WEIGHTED_MILESTONES}: the weights of the checkpoints done, out of 100.</li>
 * </ul>
 */
public enum EarnedValueMethod {
    PERCENT_COMPLETE, ZERO_HUNDRED, FIFTY_FIFTY, WEIGHTED_MILESTONES
}
