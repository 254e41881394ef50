package io.pmo.platform.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The gateway is reactive and runs without Spring MVC (its pom excludes webmvc), yet its security chain writes
 * its 401 and 403 bodies with {@link ProblemResponses}. Once those reached {@code ResponseBodyAdvice} through
 * the problem-type helper, and every refused request to the gateway on its own (its jar, as compose runs it)
 * died with {@code NoClassDefFoundError}; the dev stack's shared classpath had hidden it.
 */
class ProblemResponsesArchitectureTests {

    private final JavaClasses platform = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.pmo.platform");

    @Test
    void problemBodiesReachNoServletOrSpringMvcClass() {
        noClasses().that().belongToAnyOf(ProblemResponses.class)
                .should().transitivelyDependOnClassesThat()
                .resideInAnyPackage("org.springframework.web.servlet..", "jakarta.servlet..")
                .because("the reactive gateway writes them too, and it has no servlet classes on its classpath")
                .check(platform);
    }
}
