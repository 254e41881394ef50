package io.pmo.platform.testing;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;

/**
 * Every service's architecture tests: a service's {@code ArchitectureTests} extends this, names its base package
 * and its plain-Java math packages, and inherits one test per rule of {@link ServiceArchitecture}.
 */
public abstract class ServiceArchitectureTests {

    private final ServiceArchitecture rules;

    private final String[] mathPackages;

    private final JavaClasses classes;

    protected ServiceArchitectureTests(String basePackage, String... mathPackages) {
        this.rules = ServiceArchitecture.of(basePackage);
        this.mathPackages = mathPackages;
        this.classes = rules.classes();
    }

    @Test
    void nothingDependsOnTheWebLayer() {
        rules.webIsTheTopLayer().check(classes);
    }

    @Test
    void theReadSideNeverReachesIntoTheWriteSide() {
        rules.queryNeverReachesCommand().check(classes);
    }

    @Test
    void theDomainImportsNoWebHttpOrJson() {
        rules.domainImportsNoWebOrJson(mathPackages).check(classes);
    }

    @Test
    void theDomainMathIsPlainJava() {
        rules.mathIsPlainJava(mathPackages).check(classes);
    }

    @Test
    void theServiceImportsNoOtherService() {
        rules.importsNoOtherDeployable().check(classes);
    }
}
