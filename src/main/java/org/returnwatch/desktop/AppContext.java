package org.returnwatch.desktop;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.returnwatch.desktop.action.AppAction;
import org.returnwatch.desktop.session.DatabaseOpener;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.shell.MainViewModel;
import org.returnwatch.desktop.shell.OpenWindows;
import org.returnwatch.desktop.task.FxTaskRunner;
import org.returnwatch.desktop.unlock.UnlockViewModel;
import org.returnwatch.store.DatabaseFile;
import org.returnwatch.store.KdfParams;
import org.returnwatch.store.Store;

/**
 * The one place where the program's parts are made and wired together: the session on the open
 * database, the task runners, and the windows on it (the first, and any opened with View → New window).
 */
public final class AppContext {
    private final Session session;
    private final FxTaskRunner runner = new FxTaskRunner();
    /** Charts are drawn on a thread of their own, so a slow drawing never holds up database work. */
    private final FxTaskRunner chartRunner = new FxTaskRunner();
    private final UnlockViewModel unlock;
    private final DatabaseOpener opener;
    private final AppWindow first;
    /** Every window open, the first one first. */
    private final List<AppWindow> windows = new ArrayList<>();
    private final OpenWindows open = new OpenWindows();

    public AppContext(Stage stage, DatabaseFile file, KdfParams kdf) {
        this.session = new Session(file);
        opener = new DatabaseOpener(kdf);
        unlock = new UnlockViewModel(session, opener, runner);
        first = window(stage);
        stage.setOnCloseRequest(e -> {
            e.consume();
            first.main().command(AppAction.QUIT).execute();
        });
        // the passphrase screen is the first window's: on lock the other windows close (their screens forgot already)
        session.storeProperty().addListener((o, was, now) -> {
            if (now == null) {
                List.copyOf(windows).stream().filter(w -> w != first).forEach(this::close);
            }
        });
    }

    private AppWindow window(Stage stage) {
        AppWindow w = new AppWindow(stage, session, runner, chartRunner, unlock, opener);
        w.main().setQuit(this::quit);
        w.main().setNewWindow(this::newWindow);
        open.add(w.main());
        windows.add(w);
        return w;
    }

    /** Another window with screens of its own on the same unlocked database. */
    private void newWindow() {
        if (!session.isUnlocked()) {
            return;
        }
        Stage stage = new Stage();
        AppWindow w = window(stage);
        stage.setTitle("ReturnWatch (window " + windows.size() + ")");
        // closing this window closes only it, once its unsaved changes are dealt with
        stage.setOnCloseRequest(e -> {
            e.consume();
            w.main().screen().leave(() -> close(w));
        });
        stage.show();
        w.main().command(AppAction.REFRESH).execute();
    }

    private void close(AppWindow w) {
        windows.remove(w);
        open.remove(w.main());
        w.stage().hide();
    }

    /** Shows the window at once; the database is looked for (and later opened) in the background. */
    public void start() {
        first.stage().show();
        unlock.prepare();
    }

    private void quit() {
        Store store = session.lock();
        runner.runAndWait(() -> {
            if (store != null) {
                store.close();
            }
        });
        runner.close();
        chartRunner.close();
        List.copyOf(windows).forEach(w -> w.stage().hide());
        Platform.exit();
    }

    public MainViewModel main() {
        return first.main();
    }

    public Session session() {
        return session;
    }
}
