package org.returnwatch.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.returnwatch.app.TestWorkspaces;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.CaseKind;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.store.Store;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The real window: two records of one person are found on the Possible duplicates screen, merged
 * through the merge dialog, or marked as not the same person.
 */
class DuplicatesUiTest extends RealWindowTest {
    Case wang;
    Case wong;

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void twoCasesOfOnePersonAreMergedThroughTheDialog(FxRobot robot) {
        UiDriver ui = showPair(robot, "merge two cases");
        robot.clickOn("#merge-pair");
        ui.waitUntil("the merge dialog", () -> robot.lookup("#merge-confirm").tryQuery().isPresent());
        assertThat(robot.lookup("#merge-summary").queryAs(Label.class).getText())
                .contains(wong.ref() + " is then retired and leads to " + wang.ref());
        robot.clickOn("#merge-summary-both");
        robot.clickOn("#merge-confirm");
        ui.waitUntil("the merge", () -> ui.text("#duplicates-notice").contains("was merged into"));

        Store store = store();
        assertThat(store.<java.util.Optional<Case>>read(tx -> store.cases().find(tx, wong.id()))).isEmpty();
        Case kept = store.<java.util.Optional<Case>>read(tx -> store.cases().find(tx, wang.id())).orElseThrow();
        assertThat(kept.summary()).contains("Told by Wang Xiaoming").contains("Told by Wong Siu-ming");
        assertThat(kept.aliases()).contains("Wong Siu-ming");
        ui.waitUntil("the counts", () -> ui.text("#status").contains("15 cases"));
    }

    @Test
    void aPairMarkedNotTheSamePersonLeavesTheList(FxRobot robot) {
        UiDriver ui = showPair(robot, "not the same person");
        robot.clickOn("#not-same-person");
        ui.waitUntil("the pair marked", () -> ui.text("#duplicates-notice").contains("not the same person"));
        assertThat(pairShown(robot)).isFalse();
        assertThat(TestWorkspacesOf.all(app)).noneMatch(p -> List.of(p.first().id(), p.second().id())
                .containsAll(List.of(wang.id(), wong.id())));
    }

    /**
     * A new database with two records of one person added, on the Possible duplicates screen with their pair
     * selected.
     */
    private UiDriver showPair(FxRobot robot, String passphrase) {
        UiDriver ui = new UiDriver(robot);
        ui.createDatabase(passphrase);
        ui.waitUntil("the seeded cases", () -> ui.rows("#case-table") == 14);
        Store store = store();
        wang = store.write(tx -> store.cases().insert(tx, person("Wang Xiaoming")));
        wong = store.write(tx -> store.cases().insert(tx, person("Wong Siu-ming")));
        robot.clickOn("#nav-duplicates");
        ui.waitUntil("the pair", () -> pairShown(robot));
        robot.clickOn(wang.ref() + "  " + wang.displayName());
        return ui;
    }

    private boolean pairShown(FxRobot robot) {
        return robot.lookup("#duplicates-table").queryTableView().getItems().stream()
                .map(o -> (org.returnwatch.app.Duplicates.Pair) o)
                .anyMatch(p -> p.first().id().equals(wang.id()) || p.second().id().equals(wang.id()));
    }

    private Store store() {
        return TestWorkspaces.store(app.session().workspace());
    }

    private static Case person(String name) {
        return new Case(UUID.randomUUID(), null, 0, name, "王小明", List.of(), false, CaseKind.INDIVIDUAL, null, "China",
                "Canada", "Toronto", List.of(), null, null, null, null, null, List.of(), null,
                "Told by " + name + "'s family.");
    }

    /** The pairs the database now proposes, read without the window. */
    private static final class TestWorkspacesOf {
        static List<org.returnwatch.app.Duplicates.Pair> all(org.returnwatch.desktop.Windows app) {
            return app.session().workspace().duplicates().all(RecordKind.CASE, 0);
        }
    }
}
