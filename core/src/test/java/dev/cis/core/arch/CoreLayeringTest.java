package dev.cis.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The engine stays free of user-interface libraries, so it runs in the headless node. */
@AnalyzeClasses(packages = "dev.cis.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreLayeringTest {

    @ArchTest
    static final ArchRule coreDoesNotUseJavaFx = noClasses()
            .that().resideInAPackage("dev.cis.core..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.techsenger.jeditermfx.ui..")
            .because("core runs in the headless node; views live in fx-ui");

    @ArchTest
    static final ArchRule coreDoesNotUsePicocli = noClasses()
            .that().resideInAPackage("dev.cis.core..")
            .should().dependOnClassesThat().resideInAnyPackage("picocli..", "org.jline..")
            .because("the command line is the app's concern; core is called by it");

    @ArchTest
    static final ArchRule coreDoesNotUseUiOrApp = noClasses()
            .that().resideInAPackage("dev.cis.core..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.cis.ui..", "dev.cis.app..")
            .because("dependencies point inwards: app -> fx-ui -> core");

    @ArchTest
    static final ArchRule coreDoesNotUseAwtOrSwing = noClasses()
            .that().resideInAPackage("dev.cis.core..")
            .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..")
            .because("the node has no display");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("dev.cis.core.(**)").should().beFreeOfCycles()
            .because("a feature package depends on the ones below it, never back (docs/decisions/0080)");

    @ArchTest
    static final ArchRule threadPoolsComeFromNamedThreads = noClasses()
            .that().resideOutsideOfPackage("dev.cis.core.concurrent..")
            .should().callMethod(java.util.concurrent.Executors.class, "newScheduledThreadPool", int.class)
            .orShould().callMethod(java.util.concurrent.Executors.class, "newScheduledThreadPool", int.class,
                    java.util.concurrent.ThreadFactory.class)
            .orShould().callMethod(java.util.concurrent.Executors.class, "newSingleThreadScheduledExecutor")
            .orShould().callConstructor(java.util.concurrent.ScheduledThreadPoolExecutor.class, int.class)
            .because("scheduled executors are GuardedExecutors from NamedThreads: no task fails silently (decision 0076)");
}
