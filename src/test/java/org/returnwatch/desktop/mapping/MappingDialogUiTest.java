package org.returnwatch.desktop.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.returnwatch.desktop.FxWait.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.desktop.FakeDialogs;
import org.returnwatch.desktop.common.Theme;
import org.returnwatch.desktop.task.FxTaskRunner;
import org.returnwatch.domain.Tactic;
import org.returnwatch.exchange.JsonExchange;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The mapping dialog headless, on the example file: the preview, a column chosen, the OK button. */
@ExtendWith(ApplicationExtension.class)
class MappingDialogUiTest {
    @TempDir
    static Path dir;
    final FxTaskRunner runner = new FxTaskRunner();
    MappingViewModel vm;
    MappingDialog dialog;

    @Start
    void start(Stage stage) throws Exception {
        Theme.applyTheme();
        Path csv = dir.resolve("incidents-2019.csv");
        try (var in = Objects.requireNonNull(getClass().getResourceAsStream("/exchange/foreign/incidents-2019.csv"))) {
            Files.copy(in, csv, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
        vm = new MappingViewModel(csv, List.of(), Tactic.STANDARD.stream().map(Tactic::code).toList(),
                new JsonExchange().mapper(), runner, new FakeDialogs());
        dialog = new MappingDialog(vm, stage);
        dialog.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> dialog.close()).get();
        runner.close();
    }


    @Test
    void showsThePreviewAndEnablesOkOnlyWhenReady(FxRobot robot) {
        TableView<?> preview = robot.lookup("#mapping-preview").queryAs(TableView.class);
        waitUntil("the preview", () -> preview.getItems().size() == 7);
        assertThat(preview.getColumns()).extracting(TableColumn::getText)
                .startsWith("Incident ID", "Person ID", "Name", "Name (native script)");
        waitUntil("the first row drawn", () -> robot.lookup("#mapping-preview .table-cell")
                .match((TableCell<?, ?> c) -> "高文杰".equals(c.getText())).tryQuery().isPresent());
        assertThat(robot.lookup("#mapping-preview .table-cell")
                .match((TableCell<?, ?> c) -> "INC-001".equals(c.getText())).tryQuery()).isPresent();

        Node ok = dialog.getDialogPane().lookup("#mapping-ok");
        waitUntil("the guessed name column", () -> "Name".equals(vm.field("name").columnProperty().get()));
        assertThat(ok.isDisabled()).isFalse();

        choose(robot, "#mapping-field-name", FieldGrid.NOT_IMPORTED);
        assertThat(vm.field("name").columnProperty().get()).isNull();
        assertThat(ok.isDisabled()).isTrue();
        assertThat(robot.lookup("#mapping-problem").queryAs(Labeled.class).getText()).contains("name");

        choose(robot, "#mapping-field-name", "Other names");
        assertThat(vm.field("name").columnProperty().get()).isEqualTo("Other names");
        assertThat(robot.lookup("#mapping-field-name").queryAs(ComboBox.class).getValue()).isEqualTo("Other names");
        assertThat(ok.isDisabled()).isFalse();
    }

    private static void choose(FxRobot robot, String combo, String item) {
        robot.clickOn(combo);
        waitUntil("the list of " + combo, () -> robot.lookup(".combo-box-popup .list-cell")
                .match((ListCell<?> c) -> item.equals(c.getText())).tryQuery().isPresent());
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match((ListCell<?> c) -> item.equals(c.getText()))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
