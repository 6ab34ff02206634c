package org.returnwatch.chart;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Charts are built and exported headless: JavaFX only in the one class that makes window and print nodes. */
// the same classes as ArchitectureTest, so that ArchUnit imports them once for both
@AnalyzeClasses(packages = "org.returnwatch", importOptions = ImportOption.DoNotIncludeTests.class)
class ChartPackageRulesTest {

    @ArchTest
    static final ArchRule javaFxOnlyInTheViewerFactory = noClasses().that().resideInAPackage("org.returnwatch.chart")
            .and().doNotHaveSimpleName("ChartViewerFactory")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jfree.chart.fx..", "org.jfree.fx..");
}
