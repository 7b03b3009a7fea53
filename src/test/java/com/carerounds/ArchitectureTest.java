package com.carerounds;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.repository.Repository;
import org.springframework.web.bind.annotation.RestController;

/** The package rules a new engineer can rely on: the README's "where each rule lives" depends on them. */
@AnalyzeClasses(packages = "com.carerounds", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featuresFormNoCycle = slices().matching("com.carerounds.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule solverImportsNothingOfTheProject = onlyItself("solver");

    @ArchTest
    static final ArchRule kernelImportsNoFeature = onlyItself("kernel");

    @ArchTest
    static final ArchRule settingsImportNoFeature = onlyItself("settings");

    /** The planning model stays free of persistence and of Spring: the mapper is its one bridge. */
    @ArchTest
    static final ArchRule solverKnowsNoFramework = noClasses().that().resideInAPackage("com.carerounds.solver..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..");

    @ArchTest
    static final ArchRule problemHandlerKnowsOnlyTheKernel = noClasses().that().resideInAPackage("com.carerounds.web..")
            .should().dependOnClassesThat(resideInAPackage("com.carerounds..")
                    .and(not(resideInAPackage("com.carerounds.web..")))
                    .and(not(resideInAPackage("com.carerounds.kernel.."))));

    /** Controllers are thin: they call their feature's service, never a repository. */
    @ArchTest
    static final ArchRule controllersReachNoRepository = noClasses().that().areAnnotatedWith(RestController.class)
            .should().dependOnClassesThat().areAssignableTo(Repository.class);

    @ArchTest
    static final ArchRule controllersArePackagePrivate = classes().that().areAnnotatedWith(RestController.class)
            .should().notBePublic();

    private static ArchRule onlyItself(String feature) {
        String own = "com.carerounds." + feature + "..";
        return noClasses().that().resideInAPackage(own)
                .should().dependOnClassesThat(resideInAPackage("com.carerounds..").and(not(resideInAPackage(own))))
                .as(feature + " imports nothing else of the project");
    }
}
