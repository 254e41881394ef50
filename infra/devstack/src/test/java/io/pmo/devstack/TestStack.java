package io.pmo.devstack;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One embedded stack per integration-test JVM (STYLE.md), on free ports and a fresh data directory. Its
 * project-service publishes through a {@link FaultyKafkaTemplate} that a test can make fail for a while, and
 * its milestone watch runs every second.
 */
final class TestStack {

    private static DevStack stack;

    private TestStack() {
    }

    static synchronized DevStack get() {
        if (stack == null) {
            try {
                Path data = Files.createTempDirectory("pmo-it-");
                stack = DevStack.builder()
                        .dataDirectory(data)
                        .ports(DevStack.Ports.free())
                        .customize(DevStack.PROJECT, project -> {
                            FaultyKafkaTemplate.install(project);
                            // the milestone watch looks every second instead of every hour
                            project.properties("pmo.project.milestone-watch.interval=1s");
                        })
                        .start();
                System.out.println(stack.banner());
                Runtime.getRuntime().addShutdownHook(new Thread(stack::close));
            }
            catch (Exception ex) {
                throw new IllegalStateException("The embedded stack did not start", ex);
            }
        }
        return stack;
    }
}
