package org.returnwatch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of ARCHITECTURE.md: desktop and cli → services → domain, and nothing back. */
@AnalyzeClasses(packages = "org.returnwatch", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Launcher").definedBy("org.returnwatch")
            .layer("Ui").definedBy("org.returnwatch.cli..", "org.returnwatch.desktop..")
            .layer("Services").definedBy("org.returnwatch.exchange..", "org.returnwatch.chart..",
                    "org.returnwatch.seed..")
            .layer("Store").definedBy("org.returnwatch.store..")
            .layer("Domain").definedBy("org.returnwatch.domain..", "org.returnwatch.work..")
            .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("Launcher", "Ui")
            .whereLayer("Services").mayOnlyBeAccessedByLayers("Launcher", "Ui", "Services")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("Launcher", "Ui", "Services")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Launcher", "Ui", "Services", "Store");

    @ArchTest
    static final ArchRule domainIsPure = noClasses().that().resideInAPackage("org.returnwatch.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "java.io..", "java.nio..",
                    "org.returnwatch.store..", "org.returnwatch.exchange..", "org.returnwatch.chart..",
                    "org.returnwatch.seed..", "org.returnwatch.cli..", "org.returnwatch.desktop..");

    @ArchTest
    static final ArchRule workIsPure = noClasses().that().resideInAPackage("org.returnwatch.work..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.returnwatch.domain..",
                    "org.returnwatch.store..", "org.returnwatch.exchange..", "org.returnwatch.chart..",
                    "org.returnwatch.seed..", "org.returnwatch.cli..", "org.returnwatch.desktop..");

    @ArchTest
    static final ArchRule onlyTheCommandLinePrints = noClasses()
            .that().resideOutsideOfPackages("org.returnwatch.cli..").and().doNotHaveFullyQualifiedName(
                    "org.returnwatch.ReturnWatch")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .orShould().callMethod(Throwable.class, "printStackTrace");

    @ArchTest
    static final ArchRule javaFxOnlyInTheDesktopAndChartViewer = noClasses()
            .that().resideOutsideOfPackages("org.returnwatch.desktop..", "org.returnwatch.chart..")
            .and().doNotHaveFullyQualifiedName("org.returnwatch.ReturnWatch")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.returnwatch.(*)..").should().beFreeOfCycles();
}
