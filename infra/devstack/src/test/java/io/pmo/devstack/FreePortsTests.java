package io.pmo.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A test stack's ports are eleven distinct free ports below the kernel's range for outgoing connections, so that no
 * client connection the stack opens while it starts can take one before its service binds it.
 */
class FreePortsTests {

    @Test
    void elevenDistinctBindablePortsBelowTheEphemeralRange() throws IOException {
        DevStack.Ports ports = DevStack.Ports.free();
        List<Integer> all = List.of(ports.gateway(), ports.project(), ports.portfolio(), ports.resource(),
                ports.risk(), ports.reporting(), ports.kafka(), ports.kafkaController(), ports.postgres(),
                ports.mongo(), ports.issuer());

        assertThat(all).doesNotHaveDuplicates();
        if (DevStack.Ports.ephemeralStart() > 20_100) {
            assertThat(all).allSatisfy(port -> assertThat(port).isBetween(20_000, DevStack.Ports.ephemeralStart() - 1));
        }
        for (int port : all) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress(port));
            }
        }
    }

    @Test
    void aPortSomebodyListensOnIsNeverGiven() throws IOException {
        try (ServerSocket listening = new ServerSocket(0)) {
            for (int i = 0; i < 20; i++) {
                DevStack.Ports ports = DevStack.Ports.free();
                assertThat(List.of(ports.gateway(), ports.mongo(), ports.kafka()))
                        .doesNotContain(listening.getLocalPort());
            }
        }
    }
}
