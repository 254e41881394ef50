package io.pmo.events.project;

import java.math.BigDecimal;

/** A weighted checkpoint inside a task that earns value by weighted milestones; the weights add up to 100. */
public record Checkpoint(String checkpointId, String name, BigDecimal weight) {
}
