package org.returnwatch.desktop;

import static org.returnwatch.i18n.Localization.lang;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.returnwatch.app.Workspace;
import org.returnwatch.chart.ChartViewerFactory;
import org.returnwatch.desktop.action.AppAction;
import org.returnwatch.desktop.chartscreen.FxChartDialogs;
import org.returnwatch.desktop.common.StartMarks;
import org.returnwatch.desktop.common.Theme;
import org.returnwatch.desktop.dialog.FxDialogService;
import org.returnwatch.desktop.duplicates.FxMergeDialogs;
import org.returnwatch.desktop.links.FxLinkDialogs;
import org.returnwatch.desktop.mapping.FxMappingDialogs;
import org.returnwatch.desktop.protect.FxPassphraseDialogs;
import org.returnwatch.desktop.protect.IdleChoice;
import org.returnwatch.desktop.protect.IdleLock;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.settings.LanguageChoice;
import org.returnwatch.desktop.shell.MainViewModel;
import org.returnwatch.desktop.task.FxTaskRunner;
import org.returnwatch.desktop.transfers.FxExchangeDialogs;
import org.returnwatch.i18n.Language;
import org.returnwatch.i18n.Localization;

/**
 * The program's windows on screen, all on the one session: the first, and any opened with View →
 * New window. Quitting closes the database off the window's thread and every window with it.
 */
public final class Windows {
    private final AppContext context;
    private final AppWindow first;
    /** Every window open, the first one first. */
    private final List<AppWindow> open = new ArrayList<>();
    private final IdleLock idle;
    private final LanguageChoice languages;
    private javafx.animation.Timeline clock;

    public Windows(Stage stage, AppContext context) {
        this(stage, context, IdleLock.configured(System.getenv(), IdleChoice.savedMinutes()), LanguageChoice.user());
    }

    /** @param lockAfter the idle time after which every window locks; null never */
    public Windows(Stage stage, AppContext context, java.time.Duration lockAfter) {
        this(stage, context, lockAfter, LanguageChoice.user());
    }

    /**
     * @param lockAfter the idle time after which every window locks; null never
     * @param languages where View → Language… keeps its choice
     */
    public Windows(Stage stage, AppContext context, java.time.Duration lockAfter, LanguageChoice languages) {
        this.context = context;
        this.languages = languages;
        context.setWindowActions(this::quit, this::newWindow);
        idle = new IdleLock(lockAfter, System::currentTimeMillis, () -> {
            if (context.session().isUnlocked()) {
                main().command(AppAction.LOCK).execute();
            }
        });
        first = window(stage);
        watchInput();
        stage.setOnCloseRequest(e -> {
            e.consume();
            first.model().main().command(AppAction.QUIT).execute();
        });
        // the passphrase screen is the first window's: on lock the other windows close (their screens forgot already)
        context.session().workspaceProperty().addListener((o, was, now) -> {
            if (now == null) {
                List.copyOf(open).stream().filter(w -> w != first).forEach(this::close);
            }
        });
    }

    private AppWindow window(Stage stage) {
        WindowModel model = context.window(new WindowDialogs(new FxDialogService(stage), new FxLinkDialogs(stage),
                new FxExchangeDialogs(stage), new FxMappingDialogs(stage),
                new FxChartDialogs(stage, new ChartViewerFactory()), new FxMergeDialogs(stage),
                new FxPassphraseDialogs(stage), new org.returnwatch.desktop.casefile.FxDossierDialogs(stage)));
        AppWindow w = new AppWindow(stage, model);
        w.showNotice(idle.warningProperty());
        model.main().command(AppAction.LOCK_WHEN_IDLE).setHandler(() -> IdleChoice.ask(stage, idle.after())
                .ifPresent(chosen -> idle.lockAfter(chosen.orElse(null))));
        model.main().command(AppAction.LANGUAGE).setHandler(() -> LanguageChoice.ask(stage, Localization.language(),
                context.session().isUnlocked()).ifPresent(this::changeLanguage));
        open.add(w);
        return w;
    }

    /**
     * Speaks {@code chosen} from now on. Views keep the words they were built with, so the windows are
     * built again; with records on show the window locks first, which keeps every unsaved edit as an
     * encrypted draft offered back after the unlock (the way a lock always does), so nothing is lost.
     */
    void changeLanguage(Language chosen) {
        languages.save(chosen);
        LanguageChoice.apply(chosen);
        Theme.applyTheme();
        if (context.session().isUnlocked()) {
            main().command(AppAction.LOCK).execute();
        }
        List.copyOf(open).forEach(AppWindow::rebuild);
    }

    /** Input in any window of the program, dialogs included, puts the idle lock off; a clock checks each second. */
    private void watchInput() {
        javafx.event.EventHandler<javafx.scene.input.InputEvent> touched = e -> idle.input();
        javafx.stage.Window.getWindows().forEach(w -> w.addEventFilter(javafx.scene.input.InputEvent.ANY, touched));
        javafx.stage.Window.getWindows().addListener((javafx.collections.ListChangeListener<javafx.stage.Window>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(w -> w.addEventFilter(javafx.scene.input.InputEvent.ANY, touched));
            }
        });
        clock = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                javafx.util.Duration.seconds(1), e -> idle.tick(context.session().isUnlocked())));
        clock.setCycleCount(javafx.animation.Animation.INDEFINITE);
        clock.play();
    }

    /** Another window with screens of its own on the same unlocked database. */
    private void newWindow() {
        if (!context.session().isUnlocked()) {
            return;
        }
        Stage stage = new Stage();
        AppWindow w = window(stage);
        stage.setTitle(lang("ReturnWatch (window {0})", open.size()));
        // closing this window closes only it, once its unsaved changes are dealt with
        stage.setOnCloseRequest(e -> {
            e.consume();
            w.model().main().screen().leave(() -> close(w));
        });
        stage.show();
        w.model().main().command(AppAction.REFRESH).execute();
    }

    private void close(AppWindow w) {
        open.remove(w);
        context.closed(w.model());
        w.stage().hide();
    }

    /** Shows the window at once; the database is looked for (and later opened) in the background. */
    public void start() {
        first.stage().show();
        StartMarks.markAfterNextFrame("window-shown");
        if (StartMarks.wanted()) {
            context.session().workspaceProperty().addListener((o, was, now) -> {
                if (now != null) {
                    StartMarks.mark("unlocked");
                    StartMarks.markWhenIdle("data-shown", context.runner().busyProperty(),
                            context.chartRunner().busyProperty());
                }
            });
        }
        context.unlock().prepare();
    }

    private void quit() {
        clock.stop();
        Workspace workspace = context.session().lock();
        if (context.runner() instanceof FxTaskRunner fx) {
            fx.runAndWait(() -> {
                if (workspace != null) {
                    workspace.close();
                }
            });
            fx.close();
        }
        if (context.chartRunner() instanceof FxTaskRunner fx) {
            fx.close();
        }
        List.copyOf(open).forEach(w -> w.stage().hide());
        Platform.exit();
    }

    /** The first window's state. */
    public MainViewModel main() {
        return first.model().main();
    }

    public Session session() {
        return context.session();
    }
}
