package org.returnwatch.desktop.ui;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.app.Databases;
import org.returnwatch.desktop.AppContext;
import org.returnwatch.desktop.Windows;
import org.returnwatch.desktop.common.Theme;
import org.returnwatch.desktop.settings.LanguageChoice;
import org.returnwatch.i18n.Language;
import org.returnwatch.i18n.Localization;
import org.returnwatch.seed.SeededTemplate;
import org.returnwatch.store.DatabaseFile;
import org.returnwatch.store.Templates;
import org.returnwatch.store.TestDatabases;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole window, wired as in production, on a new database file for each test; in English, whatever
 * the machine's language, since the tests read the window's words.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class RealWindowTest {
    @TempDir
    protected static Path dir;
    protected Windows app;

    /** Call from the test's own {@code @Start} method: TestFX looks for it on the test class only. */
    protected void open(Stage stage) {
        start(stage, dir.resolve(System.nanoTime() + ".mv.db"), null);
    }

    /** As {@link #open}, with every window locking after {@code lockAfter} without input. */
    protected void openLockingAfter(Stage stage, java.time.Duration lockAfter) {
        start(stage, dir.resolve(System.nanoTime() + ".mv.db"), lockAfter);
    }

    /**
     * As {@link #open}, on a database that holds the seed dataset and opens with {@code passphrase}: the
     * window starts at its unlock screen ({@link UiDriver#unlock}). For tests of what comes after the first
     * start, which other tests go through; the database is copied from one made once per run.
     */
    protected void openSeeded(Stage stage, String passphrase) {
        openSeeded(stage, passphrase, null);
    }

    /** As {@link #openSeeded(Stage, String)}, with every window locking after {@code lockAfter} without input. */
    protected void openSeeded(Stage stage, String passphrase, java.time.Duration lockAfter) {
        start(stage, seededCopy(passphrase), lockAfter);
    }

    /**
     * As {@link #open}, keeping View → Language…'s choice in {@code languages} (a test's own preferences
     * node), with the bundled font that holds Chinese script, and no idle lock.
     */
    protected void openChoosingLanguage(Stage stage, LanguageChoice languages) {
        Theme.loadBundledFont();
        startChoosing(stage, dir.resolve(System.nanoTime() + ".mv.db"), languages);
    }

    /** As {@link #openSeeded(Stage, String)}, in a window of 1366 × 768: the smallest laptop screen it is made for. */
    protected void openSeededAt1366(Stage stage, String passphrase) {
        openSeeded(stage, passphrase);
        at1366(stage);
    }

    /** As {@link #openSeededAt1366(Stage, String)}, with {@link #openChoosingLanguage}'s language choice. */
    protected void openSeededAt1366(Stage stage, String passphrase, LanguageChoice languages) {
        Theme.loadBundledFont();
        startChoosing(stage, seededCopy(passphrase), languages);
        at1366(stage);
    }

    private static void at1366(Stage stage) {
        stage.setWidth(1366);
        stage.setHeight(768);
    }

    private static Path seededCopy(String passphrase) {
        Path file = dir.resolve(System.nanoTime() + ".mv.db");
        Templates.copy("seeded", passphrase, SeededTemplate.FILL, DatabaseFile.of(file));
        return file;
    }

    private void start(Stage stage, Path file, java.time.Duration lockAfter) {
        launch(file, context -> lockAfter == null ? new Windows(stage, context)
                : new Windows(stage, context, lockAfter));
    }

    /** With {@code languages}, and no idle lock. */
    private void startChoosing(Stage stage, Path file, LanguageChoice languages) {
        launch(file, context -> new Windows(stage, context, null, languages));
    }

    private void launch(Path file, java.util.function.Function<AppContext, Windows> windows) {
        Localization.use(Language.ENGLISH);
        Theme.applyTheme();
        app = windows.apply(AppContext.desktop(new Databases(TestDatabases.FAST), file));
        app.start();
    }

    @AfterEach
    void closeDatabase() throws Exception {
        org.returnwatch.app.Workspace store = WaitForAsyncUtils.asyncFx(() -> app.session().lock())
                .get();
        if (store != null) {
            store.close();
        }
        LanguageChoice.apply(Language.ENGLISH);
    }
}
