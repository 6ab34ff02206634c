package org.returnwatch.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.returnwatch.chart.BundledFont;
import org.returnwatch.desktop.action.AppAction;
import org.returnwatch.desktop.settings.LanguageChoice;
import org.returnwatch.i18n.Language;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * View → Language…: the window speaks Chinese after the switch, and an edit not yet saved survives it
 * (the window locks, keeping it as a draft, and offers it back after the unlock).
 */
class LanguageUiTest extends RealWindowTest {
    private static final String PASSPHRASE = "speak my language";
    private final Preferences node = Preferences.userRoot().node("returnwatch-test-" + UUID.randomUUID());

    @Start
    void start(Stage stage) {
        openChoosingLanguage(stage, new LanguageChoice(node));
    }

    @AfterEach
    void forgetTheChoice() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void switchingToSimplifiedChineseKeepsAnUnsavedEditAndTranslatesTheWindow(FxRobot robot) {
        UiDriver ui = new UiDriver(robot);
        ui.createDatabaseAndOpenCase(PASSPHRASE, "Xie", "Xie Weidong");
        assertThat(menus(robot)).startsWith("_File", "_Edit", "_View");
        ui.retype("#case-city", "Typed before the switch");
        ui.waitUntil("the edit", () -> app.main().screen().dirtyProperty().get());

        choose(robot, ui, Language.SIMPLIFIED_CHINESE);

        ui.waitUntil("the lock, in Chinese", () -> !app.session().isUnlocked()
                && robot.lookup("#unlock-button").tryQuery().map(b -> ((Labeled) b).getText()).orElse("")
                .equals("解锁"));
        assertThat(menus(robot)).containsExactly("文件(_F)", "编辑(_E)", "视图(_V)", "帮助(_H)");
        assertThat(robot.lookup("#unlock-button").queryAs(Labeled.class).getFont().getFamily())
                .as("the program's own font, whatever the machine has").isEqualTo(BundledFont.FAMILY);
        assertThat(menuItems(robot)).contains("打开数据库…", "导出…", "语言…", "锁定");
        assertThat(node.get("language", null)).isEqualTo("zh-Hans");

        robot.clickOn("#passphrase").write(PASSPHRASE);
        robot.clickOn("#unlock-button");
        ui.waitUntil("the offer, in Chinese", () -> HistoryUiTest.dialogButton(robot, "恢复更改") != null);
        robot.clickOn(HistoryUiTest.dialogButton(robot, "恢复更改"));
        ui.waitUntil("the edit back on the form", () -> "Typed before the switch".equals(
                robot.lookup("#case-city").queryAs(TextInputControl.class).getText()));
        assertThat(app.main().screen().dirtyProperty().get()).isTrue();
        assertThat(robot.lookup(".label").queryAllAs(Labeled.class).stream().map(Labeled::getText))
                .contains("个案", "协议", "统计", "来源", "行为者");
    }

    @Test
    void whileLockedTheWindowSwitchesAtOnceToTraditionalChinese(FxRobot robot) {
        UiDriver ui = new UiDriver(robot);
        ui.waitUntil("the passphrase screen", () -> robot.lookup("#passphrase-repeat").query().isVisible());

        choose(robot, ui, Language.TRADITIONAL_CHINESE);

        ui.waitUntil("the menus in Chinese", () -> menus(robot).contains("檔案(_F)"));
        assertThat(menuItems(robot)).contains("開啟資料庫…", "匯出…", "語言…");
        assertThat(ui.text("#unlock-button")).isEqualTo("建立資料庫");
    }

    private void choose(FxRobot robot, UiDriver ui, Language language) {
        Platform.runLater(() -> app.main().command(AppAction.LANGUAGE).execute());
        ui.waitUntil("the language dialog", () -> robot.lookup("#language-choice").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<Language> box = robot.lookup("#language-choice").queryAs(ComboBox.class);
        robot.interact(() -> box.getSelectionModel().select(language));
        robot.clickOn(HistoryUiTest.dialogButton(robot, "OK"));
    }

    private static java.util.List<String> menus(FxRobot robot) {
        return robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().stream().map(MenuItem::getText).toList();
    }

    private static java.util.List<String> menuItems(FxRobot robot) {
        return robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).map(MenuItem::getText).toList();
    }
}
