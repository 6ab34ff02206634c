package org.returnwatch.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.app.Databases;
import org.returnwatch.app.Workspace;
import org.returnwatch.chart.ChartService;
import org.returnwatch.chart.ChartViewerFactory;
import org.returnwatch.desktop.AppContext;
import org.returnwatch.desktop.Seeded;
import org.returnwatch.desktop.TestWindows;
import org.returnwatch.desktop.WindowDialogs;
import org.returnwatch.desktop.casefile.FxDossierDialogs;
import org.returnwatch.desktop.chartscreen.FxChartDialogs;
import org.returnwatch.desktop.chartscreen.TestPrinters;
import org.returnwatch.desktop.common.Theme;
import org.returnwatch.desktop.dialog.FxDialogService;
import org.returnwatch.desktop.duplicates.FxMergeDialogs;
import org.returnwatch.desktop.links.FxLinkDialogs;
import org.returnwatch.desktop.mapping.FxMappingDialogs;
import org.returnwatch.desktop.protect.FxPassphraseDialogs;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.FxTaskRunner;
import org.returnwatch.desktop.transfers.FxExchangeDialogs;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.CaseKind;
import org.returnwatch.store.TestDatabases;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Print list report… in the real window, headless, on a real encrypted database: search and filter the case
 * list, ask for the report by its shortcut and by its button, see the preview in the real dialog, save. Only
 * the native file chooser and the closing question are answered by the test.
 */
@ExtendWith(ApplicationExtension.class)
class ListReportUiTest {
    private static final Pattern CASE_REF = Pattern.compile("RW-C-\\d{4}");

    @TempDir
    static Path dir;
    AppContext context;
    Path chosen;
    final List<String> confirmations = new ArrayList<>();

    @Start
    void start(Stage stage) {
        Theme.applyTheme();
        Session seeded = Seeded.session(dir.resolve("db" + System.nanoTime()));
        Workspace workspace = seeded.lock();
        context = new AppContext(new Databases(TestDatabases.FAST), seeded.file(), new FxTaskRunner(),
                new FxTaskRunner(), LocalDate::now, ChartService::withInstalledFonts, TestPrinters.none());
        FxDialogService common = new FxDialogService(stage) {
            @Override
            public Optional<Path> chooseExportFile(String title, String fileName, String description, String ext) {
                return Optional.of(chosen);
            }

            @Override
            public boolean confirm(String title, String message, String confirmLabel) {
                confirmations.add(message);
                return false;
            }
        };
        TestWindows.show(stage, context, new WindowDialogs(common, new FxLinkDialogs(stage),
                new FxExchangeDialogs(stage), new FxMappingDialogs(stage),
                new FxChartDialogs(stage, new ChartViewerFactory()), new FxMergeDialogs(stage),
                new FxPassphraseDialogs(stage), new FxDossierDialogs(stage)));
        context.session().unlocked(workspace);
    }

    @AfterEach
    void close() throws Exception {
        Workspace w = WaitForAsyncUtils.asyncFx(() -> context.session().lock()).get();
        ((FxTaskRunner) context.runner()).close();
        ((FxTaskRunner) context.chartRunner()).close();
        if (w != null) {
            w.close();
        }
    }

    private static List<String> refs(Path pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return CASE_REF.matcher(new PDFTextStripper().getText(d)).results().map(r -> r.group()).distinct()
                    .toList();
        }
    }

    private void waitForThePreview(FxRobot robot, UiDriver ui) {
        ui.waitUntil("the preview's pages", () -> robot.lookup("#dossier-pages").tryQuery()
                .map(p -> ((VBox) p).getChildren().stream().anyMatch(ImageView.class::isInstance)).orElse(false));
    }

    @Test
    void theReportOfAFilteredListHoldsItsCasesAndNoOthers(FxRobot robot) throws Exception {
        UiDriver ui = new UiDriver(robot);
        robot.clickOn("#nav-cases");
        ui.waitUntil("the seeded cases", () -> ui.rows("#case-table") == 14);
        robot.clickOn("#case-search").write("Canada");
        ui.waitUntil("the search", () -> ui.rows("#case-table") < 14);
        @SuppressWarnings("unchecked")
        CheckComboBox<Object> kind = robot.lookup(n -> n instanceof CheckComboBox<?> box
                && box.getItems().contains(CaseKind.INDIVIDUAL)).queryAs(CheckComboBox.class);
        robot.interact(() -> kind.getCheckModel().check(CaseKind.INDIVIDUAL));
        ui.waitUntil("the filter", () -> robot.lookup("#case-table").queryAs(TableView.class).getItems().stream()
                .allMatch(c -> ((Case) c).caseKind() == CaseKind.INDIVIDUAL));
        TableView<?> table = robot.lookup("#case-table").queryAs(TableView.class);
        List<String> shown = table.getItems().stream().map(c -> ((Case) c).ref().toString()).toList();
        assertThat(shown).contains("RW-C-0001").hasSizeLessThan(14);

        // the shortcut opens the dialog; Cancel writes nothing
        chosen = dir.resolve("never.pdf");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        waitForThePreview(robot, ui);
        robot.clickOn("Cancel");
        ui.waitUntil("the dialog closed", () -> robot.lookup("#dossier-pages").tryQuery().isEmpty());
        assertThat(chosen).doesNotExist();

        // the button on the list: the preview, then Save PDF…
        chosen = dir.resolve("report.pdf");
        robot.clickOn("#button-print_list_report");
        waitForThePreview(robot, ui);
        robot.clickOn("#dossier-save");
        ui.waitUntil("the report written", () -> !confirmations.isEmpty());
        assertThat(Files.size(chosen)).isPositive();
        assertThat(refs(chosen)).containsExactlyElementsOf(shown);
        assertThat(confirmations.get(0)).contains("not encrypted");
    }
}
