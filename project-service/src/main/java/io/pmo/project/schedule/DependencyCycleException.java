package io.pmo.project.schedule;

import java.util.List;

/** The dependencies loop: {@link #cycle()} names the activities in order, the first repeated at the end. */
public class DependencyCycleException extends IllegalArgumentException {

    private final List<String> cycle;

    public DependencyCycleException(List<String> cycle) {
        super("The dependencies form a cycle: " + String.join(" -> ", cycle));
        this.cycle = List.copyOf(cycle);
    }

    public List<String> cycle() {
        return cycle;
    }
}
