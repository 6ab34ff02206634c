package org.returnwatch.desktop;

import java.util.Locale;
import javafx.application.Application;
import javafx.stage.Stage;
import org.returnwatch.app.Databases;
import org.returnwatch.desktop.common.Theme;
import org.returnwatch.desktop.settings.LanguageChoice;
import org.returnwatch.i18n.Language;
import org.returnwatch.i18n.Localization;

/** The JavaFX application: opens the window on the default database (or RETURNWATCH_DB). */
public final class DesktopApp extends Application {

    /** Called by the launcher when no command was given. */
    public static void launchWindow(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        LanguageChoice.apply(LanguageChoice.user().saved(Locale.getDefault()));
        if (Localization.language() == Language.ENGLISH) {
            // needed by the time names in Chinese script are shown, after the unlock: not before the first frame
            Thread fonts = new Thread(Theme::loadBundledFont, "font-loader");
            fonts.setDaemon(true);
            fonts.start();
        } else {
            // the whole window is set in it
            Theme.loadBundledFont();
        }
        Theme.applyTheme();
        Databases databases = Databases.standard();
        new Windows(stage, AppContext.desktop(databases, databases.defaultFile())).start();
    }
}
