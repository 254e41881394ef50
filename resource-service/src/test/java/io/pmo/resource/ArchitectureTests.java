package io.pmo.resource;

import io.pmo.platform.testing.ServiceArchitectureTests;

/** resource-service keeps the layout every service shares; {@code capacity} is its plain-Java capacity math. */
class ArchitectureTests extends ServiceArchitectureTests {

    ArchitectureTests() {
        super("io.pmo.resource", "capacity");
    }
}
