package dev.cis.app.arch;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The app's packages (commands, GUI launcher, node process, services) depend on each other without cycles. */
@AnalyzeClasses(packages = "dev.cis.app", importOptions = ImportOption.DoNotIncludeTests.class)
class AppArchitectureTest {

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("dev.cis.app.(*)..").should().beFreeOfCycles()
            .because("a package depends on the ones below it, never back (docs/decisions/0080)");
}
