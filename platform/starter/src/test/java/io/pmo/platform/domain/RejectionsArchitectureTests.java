package io.pmo.platform.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Rejections are the domain's words, thrown from aggregates that must stay free of the web: nothing in
 * {@code io.pmo.platform.domain} may reach Spring, the servlet API or Jackson (either generation).
 */
class RejectionsArchitectureTests {

    private final JavaClasses domain = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.pmo.platform.domain");

    @Test
    void domainRejectionsDependOnNoSpringServletOrJacksonClass() {
        noClasses().that().resideInAPackage("io.pmo.platform.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..",
                        "tools.jackson..", "com.fasterxml..")
                .because("aggregates throw rejections, and the domain knows nothing of HTTP or JSON")
                .check(domain);
    }

    @Test
    void domainRejectionsDependOnTheJdkAlone() {
        classes().that().resideInAPackage("io.pmo.platform.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.pmo.platform.domain..", "java..")
                .because("every service's domain depends on them, so they must drag nothing in")
                .check(domain);
    }
}
