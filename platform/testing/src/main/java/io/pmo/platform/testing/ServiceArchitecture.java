package io.pmo.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layout every service keeps (README, "How a service is laid out"), as ArchUnit rules over its main classes,
 * so each service's {@code ArchitectureTests} checks the same boundaries:
 * <ul>
 * <li>{@code web} is the top layer: nothing of the service depends on it;</li>
 * <li>{@code query} never reaches into {@code command}: the read side sees events and its own documents;</li>
 * <li>the domain ({@code command} and the plain-Java math packages) imports no Spring web, servlet, HTTP or JSON
 * class, and no web class of the platform: rules are broken as domain rejections, mapped to HTTP in one place
 * (Jackson's annotations alone are allowed: an aggregate may say how its snapshot is serialized);</li>
 * <li>the math packages (critical path, earned value, RAG rules...) import no framework at all;</li>
 * <li>a service never imports another service, the gateway or the dev stack.</li>
 * </ul>
 */
public final class ServiceArchitecture {

    /** The top-level packages of every deployable; a service may import none but its own. */
    static final List<String> DEPLOYABLES = List.of("io.pmo.project", "io.pmo.portfolio", "io.pmo.resource",
            "io.pmo.risk", "io.pmo.reporting", "io.pmo.gateway", "io.pmo.devstack");

    private static final String[] WEB_AND_JSON = { "org.springframework.web..", "org.springframework.http..",
            "jakarta.servlet..", "tools.jackson..", "com.fasterxml.jackson.core..",
            "com.fasterxml.jackson.databind..", "io.pmo.platform.web..",
            "org.springframework.security.." };

    private static final String[] FRAMEWORKS = { "org.springframework..", "org.axonframework..", "jakarta..",
            "tools.jackson..", "com.fasterxml..", "org.bson..", "com.mongodb..", "org.apache.kafka.." };

    private final String base;

    private ServiceArchitecture(String base) {
        this.base = base;
    }

    /** The rules of the service whose classes live under {@code basePackage} (e.g. {@code io.pmo.project}). */
    public static ServiceArchitecture of(String basePackage) {
        return new ServiceArchitecture(basePackage);
    }

    /** The service's main classes (no tests). */
    public JavaClasses classes() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages(base);
    }

    public ArchRule webIsTheTopLayer() {
        return noClasses().that().resideInAPackage(base + "..").and().resideOutsideOfPackage(base + ".web..")
                .should().dependOnClassesThat().resideInAPackage(base + ".web..")
                .because("controllers map HTTP to commands and queries; nothing below them knows HTTP")
                .allowEmptyShould(true);
    }

    /**
     * The read side may know the write side's events (records with {@code @Revision}, e.g. an aggregate's own
     * event that is not published on Kafka), and nothing else of it.
     */
    public ArchRule queryNeverReachesCommand() {
        DescribedPredicate<JavaClass> commandInternals = JavaClass.Predicates.resideInAPackage(base + ".command..")
                .and(DescribedPredicate.not(CanBeAnnotated.Predicates.annotatedWith(REVISION)))
                .as("the write side's classes other than its events");
        return noClasses().that().resideInAPackage(base + ".query..").should().dependOnClassesThat(commandInternals)
                .because("read models are built from events, never from the write side's internals")
                .allowEmptyShould(true);
    }

    private static final String REVISION = "org.axonframework.serialization.Revision";

    /** {@code command} and the given plain-Java packages (relative to the service, e.g. {@code schedule}). */
    public ArchRule domainImportsNoWebOrJson(String... mathPackages) {
        return noClasses().that().resideInAnyPackage(packages("command", mathPackages)).should()
                .dependOnClassesThat().resideInAnyPackage(WEB_AND_JSON)
                .because("a broken rule is a domain rejection, mapped to HTTP in one place (PmoProblemAdvice)")
                .allowEmptyShould(true);
    }

    /** The domain math (critical path, earned value, RAG rules): plain Java, testable against textbook tables. */
    public ArchRule mathIsPlainJava(String... mathPackages) {
        return noClasses().that().resideInAnyPackage(packages(null, mathPackages)).should().dependOnClassesThat()
                .resideInAnyPackage(FRAMEWORKS)
                .because("pure domain math has no framework imports (STYLE.md)")
                .allowEmptyShould(true);
    }

    public ArchRule importsNoOtherDeployable() {
        String[] others = DEPLOYABLES.stream().filter(other -> !other.equals(base)).map(other -> other + "..")
                .toArray(String[]::new);
        return noClasses().that().resideInAPackage(base + "..").should().dependOnClassesThat()
                .resideInAnyPackage(others)
                .because("services meet only through events on Kafka, never through each other's code")
                .allowEmptyShould(true);
    }

    private String[] packages(String first, String... more) {
        return Stream.concat(first == null ? Stream.empty() : Stream.of(first), Arrays.stream(more))
                .map(name -> base + "." + name + "..").toArray(String[]::new);
    }
}
