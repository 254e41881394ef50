package io.pmo.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the deploy files live, whether Maven runs from the repository root or from this module.
 */
final class DeployFiles {

    private DeployFiles() {
    }

    static Path root() {
        Path here = Path.of("").toAbsolutePath();
        for (Path candidate : new Path[] { here, here.resolve("infra/deploy") }) {
            if (Files.isRegularFile(candidate.resolve("pom.xml"))
                    && candidate.getFileName().toString().equals("deploy")) {
                return candidate;
            }
        }
        throw new IllegalStateException("infra/deploy not found from " + here);
    }

    static Path file(String relative) {
        return root().resolve(relative);
    }
}
