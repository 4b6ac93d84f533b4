package dev.cis.ui.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the UI module in its lane: below the app, view models free of scene graph nodes. */
@AnalyzeClasses(packages = "dev.cis.ui", importOptions = ImportOption.DoNotIncludeTests.class)
class UiArchitectureTest {

    @ArchTest
    static final ArchRule uiNeverDependsOnTheApp = noClasses().that().resideInAPackage("dev.cis.ui..")
            .should().dependOnClassesThat().resideInAPackage("dev.cis.app..")
            .because("the app composes the UI, never the other way round");

    @ArchTest
    static final ArchRule uiDoesNotParseCommandLines = noClasses().that().resideInAPackage("dev.cis.ui..")
            .should().dependOnClassesThat().resideInAPackage("picocli..");

    @ArchTest
    static final ArchRule viewModelsHoldNoNodes = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..")
            .because("view models are tested without a window; views hold the nodes");

    @ArchTest
    static final ArchRule uiCreatesNoThreadsOfItsOwn = noClasses().that().resideInAPackage("dev.cis.ui..")
            .should().callConstructor(Thread.class, Runnable.class)
            .orShould().callConstructor(Thread.class, Runnable.class, String.class)
            .because("threads come from NamedThreads in core, executors are injected");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("dev.cis.ui.(**)").should().beFreeOfCycles()
            .because("a feature package depends on the ones below it, never back (docs/decisions/0080)");
}
