package io.pmo.reporting;

import io.pmo.platform.testing.ServiceArchitectureTests;

/** reporting-service keeps the layout every service shares; {@code evm} and {@code rag} are its plain-Java math. */
class ArchitectureTests extends ServiceArchitectureTests {

    ArchitectureTests() {
        super("io.pmo.reporting", "evm", "rag");
    }
}
