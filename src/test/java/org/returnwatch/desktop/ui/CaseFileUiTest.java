package org.returnwatch.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.app.Workspace;
import org.returnwatch.desktop.FakeDialogs;
import org.returnwatch.desktop.Seeded;
import org.returnwatch.desktop.action.ActionFactory;
import org.returnwatch.desktop.action.AppAction;
import org.returnwatch.desktop.action.Command;
import org.returnwatch.desktop.casefile.TestFiles;
import org.returnwatch.desktop.cases.CaseDetailView;
import org.returnwatch.desktop.cases.CaseDetailViewModel;
import org.returnwatch.desktop.common.Theme;
import org.returnwatch.desktop.dialog.FxDialogService;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.FxTaskRunner;
import org.returnwatch.domain.Attachment;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.FollowUp;
import org.returnwatch.domain.Reference;
import org.returnwatch.store.Store;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The case screen's evidence files and follow-ups, headless, on a real encrypted database: the file
 * chooser is answered by the test, everything else is the real screen.
 */
@ExtendWith(ApplicationExtension.class)
class CaseFileUiTest {
    @TempDir
    static Path dir;
    final FxTaskRunner runner = new FxTaskRunner();
    Session session;
    Store store;
    Case xie;
    List<Path> chosen = List.of();

    @Start
    void start(Stage stage) {
        Theme.applyTheme();
        session = Seeded.session(dir.resolve("db" + System.nanoTime()));
        store = Seeded.store(session);
        xie = store.read(tx -> store.cases().get(tx, Reference.parse("RW-C-0001")));
        FxDialogService dialogs = new FxDialogService(stage) {
            @Override
            public List<Path> chooseFilesToAttach(String title) {
                return chosen;
            }
        };
        CaseDetailViewModel vm = new CaseDetailViewModel(session, runner, dialogs, new FakeDialogs());
        Map<AppAction, Command> commands = new java.util.EnumMap<>(AppAction.class);
        CaseDetailView view = new CaseDetailView(vm, new ActionFactory(a -> commands.computeIfAbsent(a,
                k -> new Command())), item -> { });
        // no larger than the headless screen, which the renderer cannot paint beyond
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setScene(new Scene(view, Math.min(1300, screen.getWidth()), Math.min(900, screen.getHeight())));
        stage.show();
        vm.load(xie.id());
    }

    @AfterEach
    void closeDatabase() throws Exception {
        Workspace w = WaitForAsyncUtils.asyncFx(() -> session.lock()).get();
        runner.close();
        w.close();
    }

    @Test
    void aFileChosenIsStoredListedWithItsHashAndPreviewed(FxRobot robot) throws Exception {
        UiDriver ui = new UiDriver(robot);
        ui.waitUntil("the case", () -> ui.text("#case-title").contains("Xie Weidong"));
        Path png = TestFiles.png(dir, "threat-screenshot.png");
        chosen = List.of(png);
        robot.clickOn(ui.reveal(robot.lookup("#case-files-attach").<javafx.scene.Node>query()));

        ui.waitUntil("the file in the list", () -> ui.rows("#case-files-table") == 1);
        TableView<?> table = robot.lookup("#case-files-table").queryAs(TableView.class);
        Attachment listed = (Attachment) table.getItems().get(0);
        assertThat(listed.fileName()).isEqualTo("threat-screenshot.png");
        String sha = TestFiles.sha256(png);
        List<Attachment> inStore = store.read(tx -> store.attachments().forRecord(tx, xie.id()));
        assertThat(inStore).singleElement()
                .extracting(Attachment::sha256).isEqualTo(sha);
        // the row shows the shortened hash (its cells laid out a pulse after the item arrives); the field beside
        // the list holds the whole of it
        List<String> shown = List.of(sha.substring(0, 8) + "\u2026" + sha.substring(56), "threat-screenshot.png",
                "image/png");
        ui.waitUntil("the row's cells", () -> robot.lookup("#case-files-table .table-cell")
                .queryAllAs(javafx.scene.control.Labeled.class).stream().map(javafx.scene.control.Labeled::getText)
                .toList().containsAll(shown));
        ui.waitUntil("the preview", () -> robot.lookup("#case-files-preview").queryAs(ImageView.class)
                .getImage() != null);
        assertThat(robot.lookup("#case-files-hash").queryAs(TextField.class).getText()).isEqualTo(sha);
        assertThat(robot.lookup("#case-files-save-shared").query().isVisible()).isTrue();
    }

    @Test
    void aFollowUpIsAddedAndTickedDone(FxRobot robot) {
        UiDriver ui = new UiDriver(robot);
        ui.waitUntil("the case", () -> ui.text("#case-title").contains("Xie Weidong"));
        robot.clickOn(ui.reveal(robot.lookup("#follow-up-note").<javafx.scene.Node>query()))
                .write("Ask the lawyer for the court order");
        robot.clickOn("#follow-up-add");
        ui.waitUntil("the follow-up in the list", () -> ui.rows("#follow-up-table") == 1);
        List<FollowUp> stored = store.read(tx -> store.followUps().forCase(tx, xie.id()));
        assertThat(stored).singleElement().satisfies(f -> {
            assertThat(f.note()).isEqualTo("Ask the lawyer for the court order");
            assertThat(f.isDone()).isFalse();
        });
        assertThat(robot.lookup("#follow-up-note").queryAs(TextField.class).getText()).isEmpty();

        // the row's cells are laid out a pulse after the item arrives
        ui.waitUntil("the Done box in the first row", () -> robot.lookup("#follow-up-table .check-box")
                .tryQuery().isPresent());
        CheckBox doneBox = robot.lookup("#follow-up-table .check-box").queryAs(CheckBox.class);
        assertThat(doneBox.isSelected()).isFalse();
        robot.clickOn(ui.reveal((javafx.scene.Node) doneBox));
        ui.waitUntil("done stored", () -> store.read(tx -> store.followUps().forCase(tx, xie.id())).get(0).isDone());
    }
}
