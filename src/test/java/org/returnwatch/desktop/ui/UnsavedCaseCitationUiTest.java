package org.returnwatch.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.returnwatch.app.CitationRow;
import org.returnwatch.app.RecordItem;
import org.returnwatch.desktop.Seeded;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.Citation;
import org.returnwatch.store.Store;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The real window: a citation added to a new case before its first Save stays on screen and is saved with it. */
class UnsavedCaseCitationUiTest extends RealWindowTest {

    @Start
    void start(Stage stage) {
        openSeeded(stage, "river stone lantern");
    }

    @Test
    void aCitationAddedToANewCaseIsSavedWithIt(FxRobot robot) {
        UiDriver ui = new UiDriver(robot);
        ui.unlock("river stone lantern");
        ui.waitUntil("the seeded cases", () -> ui.rows("#case-table") == 14);
        ui.shortcut(KeyCode.N);
        ui.waitUntil("a new case", () -> ui.text("#case-title").startsWith("New case"));
        ui.retype("#case-name", "Cited before saving");

        @SuppressWarnings("unchecked")
        ComboBox<RecordItem> source = robot.lookup("#citation-source").queryAs(ComboBox.class);
        ui.waitUntil("the sources", () -> !source.getItems().isEmpty());
        RecordItem chosen = source.getItems().get(0);
        robot.interact(() -> source.setValue(chosen));
        robot.interact(() -> robot.lookup("#citation-where").queryAs(TextField.class).setText("para. 9"));
        robot.interact(() -> robot.lookup("#add-citation").queryButton().fire());

        TableView<CitationRow> cites = robot.lookup("#citations").queryTableView();
        assertThat(cites.getItems()).singleElement().satisfies(c -> assertThat(c.locator()).isEqualTo("para. 9"));
        assertThat(robot.lookup("#related-waiting").query().isVisible()).isTrue();

        ui.shortcut(KeyCode.S);
        Store store = Seeded.store(app.session());
        ui.waitUntil("the save", () -> ui.text("#case-title").contains("Cited before saving")
                && !ui.text("#case-title").contains("not saved"));
        Case saved = store.read(tx -> store.cases().all(tx)).stream()
                .filter(c -> c.name().equals("Cited before saving")).findFirst().orElseThrow();
        List<Citation> stored = store.read(tx -> store.citations().forRecord(tx, saved.id()));
        assertThat(stored).singleElement().satisfies(c -> {
            assertThat(c.locator()).isEqualTo("para. 9");
            assertThat(c.sourceId()).isEqualTo(chosen.id());
        });
        ui.waitUntil("the citation read back", () -> cites.getItems().size() == 1
                && cites.getItems().get(0).version() == 1);
        assertThat(robot.lookup("#related-waiting").query().isVisible()).isFalse();
    }
}
