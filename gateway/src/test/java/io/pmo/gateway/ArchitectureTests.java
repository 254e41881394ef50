package io.pmo.gateway;

import org.junit.jupiter.api.Test;

import io.pmo.platform.testing.ServiceArchitecture;

/** The gateway routes and checks tokens; it imports no service (no business logic in the gateway). */
class ArchitectureTests {

    @Test
    void theGatewayImportsNoService() {
        ServiceArchitecture rules = ServiceArchitecture.of("io.pmo.gateway");
        rules.importsNoOtherDeployable().check(rules.classes());
    }
}
