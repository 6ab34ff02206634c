package org.returnwatch.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.app.Workspace;
import org.returnwatch.desktop.Seeded;
import org.returnwatch.desktop.common.Theme;
import org.returnwatch.desktop.dialog.FxDialogService;
import org.returnwatch.desktop.dialog.ProgressDialog;
import org.returnwatch.desktop.mapping.FxMappingDialogs;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.FxTaskRunner;
import org.returnwatch.desktop.task.Progress;
import org.returnwatch.desktop.transfers.ExportFlow;
import org.returnwatch.desktop.transfers.FxExchangeDialogs;
import org.returnwatch.desktop.transfers.ImportFlow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The exchange dialogs for real, headless: the export choices, the progress with its Cancel, and the
 * table of problems of a refused import. Only the native file choosers are answered by the test.
 */
@ExtendWith(ApplicationExtension.class)
class ExchangeDialogsUiTest {
    @TempDir
    static Path dir;
    final FxTaskRunner runner = new FxTaskRunner();
    Session session;
    Stage owner;
    Path chosen;

    @Start
    void start(Stage stage) {
        Theme.applyTheme();
        owner = stage;
        session = Seeded.session(dir.resolve("db" + System.nanoTime()));
        stage.setScene(new Scene(new StackPane(new Label("owner")), 900, 700));
        stage.show();
    }

    @AfterEach
    void closeDatabase() throws Exception {
        Workspace store = WaitForAsyncUtils.asyncFx(() -> session.lock()).get();
        runner.close();
        store.close();
    }

    /** The real dialogs, but the file and folder choosers answer {@link #chosen}. */
    private FxDialogService dialogs() {
        return new FxDialogService(owner) {
            @Override
            public Optional<Path> chooseExportFile(String title, String fileName, String description, String ext) {
                return Optional.of(chosen);
            }

            @Override
            public Optional<Path> chooseFolder(String title) {
                return Optional.of(chosen);
            }
        };
    }

    @Test
    void exportsAPseudonymisedZipChosenInTheDialog(FxRobot robot) throws Exception {
        UiDriver ui = new UiDriver(robot);
        chosen = dir.resolve("shared-" + System.nanoTime() + ".zip");
        ExportFlow flow = new ExportFlow(session, runner, dialogs(), new FxExchangeDialogs(owner), LocalDate::now);
        Platform.runLater(() -> flow.start(java.util.Optional.empty()));
        ui.waitUntil("the export dialog", () -> robot.lookup("#export-go").tryQuery().isPresent());
        assertThat(robot.lookup("#export-shown").queryAs(javafx.scene.control.RadioButton.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#export-only-these").queryAs(javafx.scene.control.RadioButton.class).isDisabled())
                .as("what comes along is asked only for what a list shows").isTrue();
        assertThat(robot.lookup("#export-with-linked").queryAs(javafx.scene.control.RadioButton.class).isSelected())
                .isTrue();
        robot.clickOn("#export-csv-zip");
        robot.clickOn("#redaction-file");
        assertThat(robot.lookup("#export-go").queryAs(Button.class).isDisabled())
                .as("a profile file must be chosen first").isTrue();
        robot.clickOn("#redaction-standard");
        robot.clickOn("#export-go");
        ui.waitUntil("the report", () -> dialogText(robot).contains("Exported"));
        assertThat(dialogText(robot)).contains(chosen.toString()).contains("\u201cstandard\u201d profile");
        robot.clickOn("OK");
        assertThat(chosen).isRegularFile();
        assertThat(new String(Files.readAllBytes(chosen), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("Weidong");
    }

    @Test
    void aRefusedImportListsItsProblemsInATable(FxRobot robot) {
        UiDriver ui = new UiDriver(robot);
        chosen = Path.of("src/test/resources/exchange/malformed/ragged-row").toAbsolutePath();
        ImportFlow flow = new ImportFlow(session, runner, dialogs(), new FxExchangeDialogs(owner),
                new FxMappingDialogs(owner));
        Platform.runLater(flow::importFolder);
        ui.waitUntil("the problems", () -> robot.lookup("#problems").tryQuery().isPresent());
        TableView<?> table = robot.lookup("#problems").queryAs(TableView.class);
        assertThat(table.getItems()).isNotEmpty();
        assertThat(dialogText(robot)).contains("cannot be imported, and nothing was written");
        robot.clickOn("Close");
        ui.waitUntil("the dialog to close", () -> robot.lookup("#problems").tryQuery().isEmpty());
    }

    @Test
    void progressShowsHowFarAndCancelWaitsForTheWorkToStop(FxRobot robot) throws Exception {
        UiDriver ui = new UiDriver(robot);
        Progress progress = new Progress("Importing test.json", Platform::runLater);
        ProgressDialog dialog = WaitForAsyncUtils.asyncFx(() -> {
            ProgressDialog d = new ProgressDialog(progress, owner);
            d.show();
            return d;
        }).get();
        progress.progress(5, 20);
        ui.waitUntil("the progress", () -> robot.lookup("#progress-bar").queryAs(ProgressBar.class)
                .getProgress() == 0.25);
        assertThat(ui.text("#progress-text")).isEqualTo("25 %");
        robot.clickOn("#progress-cancel");
        assertThat(progress.cancelled()).isTrue();
        assertThat(ui.text("#progress-text")).isEqualTo("Cancelling\u2026");
        assertThat(dialog.isShowing()).as("stays until the work has stopped").isTrue();
        WaitForAsyncUtils.asyncFx(dialog::finish).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).isFalse();
    }

    /** The text of the dialog on show, whatever kind it is. */
    private static String dialogText(FxRobot robot) {
        StringBuilder s = new StringBuilder();
        for (Window w : Window.getWindows()) {
            if (w.getScene() != null && w.getScene().getRoot() instanceof DialogPane p) {
                s.append(p.getContentText()).append('\n');
                p.lookupAll(".label").forEach(n -> s.append(((Label) n).getText()).append('\n'));
            }
        }
        return s.toString();
    }
}
