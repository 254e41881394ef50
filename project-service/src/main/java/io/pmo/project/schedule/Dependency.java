package io.pmo.project.schedule;

import java.util.Objects;

/** A link from a predecessor activity, with its type and lag in working days (negative for a lead). */
public record Dependency(String predecessorId, DependencyType type, int lagDays) {

    public Dependency {
        Objects.requireNonNull(predecessorId, "predecessorId");
        Objects.requireNonNull(type, "type");
    }

    /** The plain finish-to-start link without lag. */
    public static Dependency after(String predecessorId) {
        return new Dependency(predecessorId, DependencyType.FS, 0);
    }
}
