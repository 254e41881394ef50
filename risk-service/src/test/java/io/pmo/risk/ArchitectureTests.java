package io.pmo.risk;

import io.pmo.platform.testing.ServiceArchitectureTests;

/** risk-service keeps the layout every service shares; {@code scoring} is its plain-Java risk scoring. */
class ArchitectureTests extends ServiceArchitectureTests {

    ArchitectureTests() {
        super("io.pmo.risk", "scoring");
    }
}
