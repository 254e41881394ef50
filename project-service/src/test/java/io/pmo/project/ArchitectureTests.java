package io.pmo.project;

import io.pmo.platform.testing.ServiceArchitectureTests;

/** project-service keeps the layout every service shares; {@code schedule} is its plain-Java critical path. */
class ArchitectureTests extends ServiceArchitectureTests {

    ArchitectureTests() {
        super("io.pmo.project", "schedule");
    }
}
