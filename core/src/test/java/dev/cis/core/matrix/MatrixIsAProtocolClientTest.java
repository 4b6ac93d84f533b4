package dev.cis.core.matrix;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** {@code matrix} speaks the protocol and knows nothing of runs, nodes or the store. */
@AnalyzeClasses(packages = "dev.cis.core", importOptions = ImportOption.DoNotIncludeTests.class)
class MatrixIsAProtocolClientTest {

    @ArchTest
    static final ArchRule matrixUsesOnlyConcurrentAndText = noClasses()
            .that().resideInAPackage("dev.cis.core.matrix..")
            .should().dependOnClassesThat(resideInAPackage("dev.cis.core..")
                    .and(not(resideInAnyPackage("dev.cis.core.matrix..", "dev.cis.core.concurrent..",
                            "dev.cis.core.text.."))))
            .because("matrix is a protocol client; cis logic (runs, the node, the broadcaster) uses it, not the reverse");
}
