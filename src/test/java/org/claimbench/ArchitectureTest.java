package org.claimbench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

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

    // ---- the window's rooms -------------------------------------------------------------------------

    private static final String UI = "org.claimbench.ui.";

    /** The feature a class of the window belongs to ("document", "outline"…), or null for the window's root and shared rooms. */
    static String feature(JavaClass c) {
        String p = c.getPackageName();
        if (!p.startsWith(UI)) {
            return null;
        }
        String room = p.substring(UI.length()).split("\\.")[0];
        return room.equals("session") || room.equals("common") ? null : room;
    }

    /** A view: something shown on screen (a node, a window, a dialog), or a class that builds one and is named so. */
    static boolean isView(JavaClass c) {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        String name = top.getSimpleName();
        return top.isAssignableTo("javafx.scene.Node") || top.isAssignableTo("javafx.stage.Window")
                || top.isAssignableTo("javafx.scene.control.Dialog")
                || name.endsWith("Pane") || name.endsWith("Window") || name.endsWith("Dialog") || name.endsWith("Picker")
                || name.endsWith("Chooser") || name.endsWith("Choosers");
    }

    /** Feature packages of the window do not reach into each other's views: they meet through view models. */
    @ArchTest
    static final ArchRule featuresKeepOutOfEachOthersViews = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
            .that().resideInAPackage("org.claimbench.ui.*..")
            .should(new ArchCondition<JavaClass>("not use a view of another feature") {
                @Override
                public void check(JavaClass c, ConditionEvents events) {
                    String own = feature(c);
                    if (own == null) {
                        return;
                    }
                    for (Dependency d : c.getDirectDependenciesFromSelf()) {
                        JavaClass target = d.getTargetClass();
                        String other = feature(target);
                        if (other != null && !other.equals(own) && isView(target)) {
                            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                        }
                    }
                }
            });

    /** The shared rooms (the session, the common widgets) know no feature. */
    @ArchTest
    static final ArchRule sharedRoomsKnowNoFeature = noClasses().that().resideInAnyPackage("org.claimbench.ui.session..", "org.claimbench.ui.common..")
            .should().dependOnClassesThat(new DescribedPredicate<JavaClass>("belong to a feature of the window") {
                @Override
                public boolean test(JavaClass c) {
                    return feature(c) != null || c.getPackageName().equals("org.claimbench.ui");
                }
            });

    /** View models hold state and intents, not controls: they run (and are tested) without a window. */
    @ArchTest
    static final ArchRule viewModelsBuildNoControls = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .or().resideInAPackage("org.claimbench.ui.session..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene.control..", "javafx.scene.layout..", "javafx.stage..",
                    "org.fxmisc..", "org.controlsfx..");

    /** View models and the session never reach the store or a parser directly: they go through services. */
    @ArchTest
    static final ArchRule viewModelsUseServices = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .or().resideInAPackage("org.claimbench.ui.session..")
            .should().dependOnClassesThat(new DescribedPredicate<JavaClass>("read documents (the import pipeline; its progress, cancel and refusals aside)") {
                @Override
                public boolean test(JavaClass c) {
                    return c.getPackageName().startsWith("org.claimbench.ingest")
                            && !c.getSimpleName().equals("Progress") && !c.getSimpleName().equals("CancelledException")
                            && !c.getSimpleName().equals("IngestException");
                }
            }).orShould()
            .callMethodWhere(new DescribedPredicate<>("a repository of the store (its refusals aside)") {
                @Override
                public boolean test(com.tngtech.archunit.core.domain.JavaMethodCall call) {
                    return call.getTargetOwner().getPackageName().equals("org.claimbench.store")
                            && !call.getTargetOwner().isAssignableTo("org.claimbench.store.StoreException");
                }
            });

    /** No service builds another: each gets what it uses by its constructor, from {@code Services}. */
    @ArchTest
    static final ArchRule servicesAreWiredOnce = noClasses().that().resideInAPackage("org.claimbench.service..")
            .and().doNotHaveSimpleName("Services")
            .should().callConstructorWhere(new DescribedPredicate<>("the constructor of another service") {
                @Override
                public boolean test(com.tngtech.archunit.core.domain.JavaConstructorCall call) {
                    String name = call.getTargetOwner().getSimpleName();
                    return call.getTargetOwner().getPackageName().equals("org.claimbench.service")
                            && (name.endsWith("Service") || name.equals("CaseEditor") || name.equals("CaseArchive")
                                || name.equals("OutlineBuilder") || name.equals("DocumentImporter") || name.equals("DemoCase"))
                            && !call.getOriginOwner().equals(call.getTargetOwner());
                }
            });
}
