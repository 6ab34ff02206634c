package org.returnwatch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import org.returnwatch.store.StoreException;

/**
 * The layering of the README's "How it is built": the front ends (desktop, cli) call the
 * application layer (app), which calls the services (exchange, chart, seed) and the store, which
 * work on the domain. Nothing calls back up; no package imports another that imports it back, at
 * any depth; the window never touches the store; view models never touch scene graph classes.
 */
@AnalyzeClasses(packages = "org.returnwatch", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Launcher").definedBy("org.returnwatch")
            .layer("Ui").definedBy("org.returnwatch.cli..", "org.returnwatch.desktop..")
            .layer("App").definedBy("org.returnwatch.app..")
            .layer("Services").definedBy("org.returnwatch.exchange..", "org.returnwatch.chart..",
                    "org.returnwatch.seed..", "org.returnwatch.dossier..")
            .layer("Store").definedBy("org.returnwatch.store..")
            .layer("Names").definedBy("org.returnwatch.names..")
            .layer("Domain").definedBy("org.returnwatch.domain..", "org.returnwatch.work..")
            .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("Launcher", "Ui")
            .whereLayer("App").mayOnlyBeAccessedByLayers("Launcher", "Ui")
            .whereLayer("Services").mayOnlyBeAccessedByLayers("Launcher", "Ui", "App", "Services")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("Launcher", "Ui", "App", "Services")
            .whereLayer("Names").mayOnlyBeAccessedByLayers("Launcher", "Ui", "App", "Services", "Store")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Launcher", "Ui", "App", "Services", "Store");

    /** The window reaches the database only through the application layer. */
    @ArchTest
    static final ArchRule desktopIsFreeOfTheStore = noClasses().that().resideInAPackage("org.returnwatch.desktop..")
            .should().dependOnClassesThat().resideInAPackage("org.returnwatch.store..");

    /**
     * The command line reaches the database through the application layer too: of the store it names only
     * what a command is given or prints (files, passphrases, history entries, reports, failures).
     */
    @ArchTest
    static final ArchRule theCommandLineGoesThroughTheApplicationLayer = noClasses()
            .that().resideInAPackage("org.returnwatch.cli..")
            .should().dependOnClassesThat(new DescribedPredicate<JavaClass>("the store's workings (not its values)") {
                @Override
                public boolean test(JavaClass c) {
                    return c.getPackageName().equals("org.returnwatch.store")
                            && !STORE_VALUES.contains(c.getSimpleName()) && !c.isAssignableTo(StoreException.class);
                }
            });

    private static final Set<String> STORE_VALUES = Set.of("DatabaseFile", "DataLocations", "Passphrase",
            "UnlockState", "HistoryEntry", "FieldChange", "HistoryAction", "ChangeOrigin", "VerifyReport",
            "HistoryHead");

    /** View models, screens, flows and the edit session hold state, not controls: testable without a toolkit. */
    @ArchTest
    static final ArchRule viewModelsAreFreeOfTheSceneGraph = noClasses()
            .that().resideInAPackage("org.returnwatch.desktop..")
            .and().haveSimpleNameEndingWith("ViewModel")
            .or().haveSimpleNameEndingWith("Screen")
            .or().haveSimpleNameEndingWith("Flow")
            .or().resideInAnyPackage("org.returnwatch.desktop.edit..", "org.returnwatch.desktop.task..",
                    "org.returnwatch.desktop.session..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..");

    @ArchTest
    static final ArchRule domainIsPure = noClasses().that().resideInAPackage("org.returnwatch.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "java.io..", "java.nio..",
                    "org.returnwatch.store..", "org.returnwatch.exchange..", "org.returnwatch.chart..",
                    "org.returnwatch.seed..", "org.returnwatch.app..", "org.returnwatch.cli..",
                    "org.returnwatch.desktop..", "org.returnwatch.dossier..");

    /** Names across scripts are text work: no database, no window, nothing of the project above them. */
    @ArchTest
    static final ArchRule namesArePure = noClasses().that().resideInAPackage("org.returnwatch.names..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.returnwatch.domain..",
                    "org.returnwatch.store..", "org.returnwatch.exchange..", "org.returnwatch.chart..",
                    "org.returnwatch.seed..", "org.returnwatch.app..", "org.returnwatch.cli..",
                    "org.returnwatch.desktop..");

    @ArchTest
    static final ArchRule workIsPure = noClasses().that().resideInAPackage("org.returnwatch.work..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.returnwatch.domain..",
                    "org.returnwatch.store..", "org.returnwatch.exchange..", "org.returnwatch.chart..",
                    "org.returnwatch.seed..", "org.returnwatch.app..", "org.returnwatch.cli..",
                    "org.returnwatch.desktop..");

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

    /** Charts are built and exported without a window; only the viewer the window shows them in is JavaFX. */
    @ArchTest
    static final ArchRule inChartsOnlyTheViewerUsesJavaFx = noClasses()
            .that().resideInAPackage("org.returnwatch.chart..").and().doNotHaveSimpleName("ChartViewerFactory")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jfree.chart.fx..");

    /** Between the top packages … */
    @ArchTest
    static final ArchRule noCyclesBetweenTopPackages = slices().matching("org.returnwatch.(*)..").should()
            .beFreeOfCycles();

    /** … and between every package at every depth (desktop.cases, desktop.shell …). */
    @ArchTest
    static final ArchRule noCyclesAtAnyDepth = slices().matching("org.returnwatch.(**)").should().beFreeOfCycles();

    /** A feature's dialogs are asked through the feature's own interface, so the common one knows no feature. */
    @ArchTest
    static final ArchRule theCommonDialogsKnowNoFeature = classes().that()
            .resideInAPackage("org.returnwatch.desktop.dialog..").should().onlyDependOnClassesThat()
            .resideOutsideOfPackages("org.returnwatch.desktop.cases..", "org.returnwatch.desktop.records..",
                    "org.returnwatch.desktop.chartscreen..", "org.returnwatch.desktop.transfers..",
                    "org.returnwatch.desktop.links..", "org.returnwatch.desktop.mapping..",
                    "org.returnwatch.desktop.shell..", "org.returnwatch.desktop.unlock..");
}
