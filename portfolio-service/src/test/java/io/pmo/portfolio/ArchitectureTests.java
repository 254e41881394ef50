package io.pmo.portfolio;

import io.pmo.platform.testing.ServiceArchitectureTests;

/**
 * portfolio-service keeps the layout every service shares; {@code scoring} (weighted scores, WSJF) and
 * {@code selection} (the exact knapsack and its frontier) are its plain-Java math, used by both sides.
 */
class ArchitectureTests extends ServiceArchitectureTests {

    ArchitectureTests() {
        super("io.pmo.portfolio", "scoring", "selection");
    }
}
