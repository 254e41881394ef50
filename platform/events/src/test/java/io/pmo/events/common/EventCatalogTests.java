package io.pmo.events.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

/**
 * The catalog is the only way onto Kafka (the publisher sends catalog classes only) and every catalog class has
 * a schema ({@link EventSchemasTests}). This closes the loop: every event record compiled into
 * {@code platform/events} is in the catalog, with a revision, so no event reaches a topic without a schema. It
 * runs in the build's test phase, so a forgotten event fails the build.
 */
class EventCatalogTests {

    @Test
    void everyEventRecordOfTheModuleIsPublishedWithARevision() throws IOException, URISyntaxException {
        List<Class<?>> eventRecords = compiledClasses().filter(Class::isRecord)
                .filter(TenantEvent.class::isAssignableFrom).toList();

        assertThat(eventRecords).isNotEmpty();
        assertThat(EventCatalog.published()).containsExactlyInAnyOrderElementsOf(eventRecords);
        assertThat(eventRecords).allSatisfy(type -> assertThat(type.getAnnotation(Revision.class))
                .as("@Revision on %s", type.getSimpleName()).isNotNull());
    }

    @Test
    void mapsEachCloudEventTypeBackToItsClass() {
        assertThat(EventCatalog.published()).allSatisfy(type -> assertThat(
                EventCatalog.forType(EventCatalog.cloudEventType(type))).contains(type));
        assertThat(EventCatalog.forType("io.pmo.project.ProjectCreated.v99")).isEmpty();
    }

    /** Every class compiled from this module's main sources (the directory or jar {@link EventCatalog} came from). */
    private static Stream<Class<?>> compiledClasses() throws IOException, URISyntaxException {
        Path root = Path.of(EventCatalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .filter(name -> name.startsWith("io.pmo.events.")).toList().stream().map(EventCatalogTests::load);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, EventCatalogTests.class.getClassLoader());
        }
        catch (ClassNotFoundException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
