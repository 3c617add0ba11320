package org.claimbench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers of docs/architecture.md, kept apart. */
@AnalyzeClasses(packages = "org.claimbench", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Launcher").definedBy("org.claimbench")
            .layer("UI").definedBy("org.claimbench.ui..")
            .layer("CLI").definedBy("org.claimbench.cli..")
            .layer("Service").definedBy("org.claimbench.service..")
            .layer("Store").definedBy("org.claimbench.store..")
            .layer("Ingest").definedBy("org.claimbench.ingest..")
            .layer("Analysis").definedBy("org.claimbench.analysis..")
            .layer("Report").definedBy("org.claimbench.report..")
            .layer("Domain").definedBy("org.claimbench.domain..")
            .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
            .whereLayer("UI").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("CLI").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Service").mayOnlyBeAccessedByLayers("UI", "CLI")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("Service", "UI", "CLI")
            .whereLayer("Ingest").mayOnlyBeAccessedByLayers("Service", "UI", "CLI")
            .whereLayer("Analysis").mayOnlyBeAccessedByLayers("Service", "UI", "CLI")
            .whereLayer("Report").mayOnlyBeAccessedByLayers("Service", "UI", "CLI")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Service", "Store", "Ingest", "Analysis", "Report", "UI", "CLI", "Launcher")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule domainUsesOnlyTheJdk = noClasses().that().resideInAPackage("org.claimbench.domain..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.claimbench.domain..", "java..");

    @ArchTest
    static final ArchRule onlyTheStoreSeesJooqAndSql = noClasses().that().resideOutsideOfPackage("org.claimbench.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "org.h2..", "org.flywaydb..");

    @ArchTest
    static final ArchRule javafxOnlyInTheUi = noClasses().that().resideOutsideOfPackages("org.claimbench.ui..", "org.claimbench")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..", "atlantafx..");

    @ArchTest
    static final ArchRule noConsoleOutsideTheCli = noClasses().that().resideOutsideOfPackages("org.claimbench.cli..", "org.claimbench")
            .should().accessField(System.class, "out");
}
