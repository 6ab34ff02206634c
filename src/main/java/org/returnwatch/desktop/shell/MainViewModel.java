package org.returnwatch.desktop.shell;

import static org.returnwatch.i18n.Localization.lang;
import static org.returnwatch.i18n.Localization.message;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import org.returnwatch.app.RecordItem;
import org.returnwatch.app.Workspace;
import org.returnwatch.desktop.action.AppAction;
import org.returnwatch.desktop.action.Command;
import org.returnwatch.desktop.dialog.DialogService;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.TaskRunner;
import org.returnwatch.desktop.task.Tasks;
import org.returnwatch.desktop.unlock.UnlockViewModel;
import org.returnwatch.domain.RecordKind;

/**
 * One window's state: locked or not, which place is shown, how many records each holds, and the
 * commands of the menus and toolbar. Record commands go to the screen on show; those it does not
 * support are disabled, with the reason.
 */
public final class MainViewModel {
    private final Session session;
    private final Tasks tasks;
    private final DialogService dialogs;
    private final RecordDeleter deleter;
    private final UnlockViewModel unlock;
    private final Function<Runnable, Map<Section, Screen>> makeScreens;
    private final Map<Section, Screen> screens = new EnumMap<>(Section.class);
    private final Map<Section, ReadOnlyIntegerWrapper> counts = new EnumMap<>(Section.class);
    private final Map<AppAction, Command> commands = new EnumMap<>(AppAction.class);
    private final ReadOnlyObjectWrapper<Section> section = new ReadOnlyObjectWrapper<>(this, "section", Section.CASES);
    private final ReadOnlyBooleanWrapper unlocked = new ReadOnlyBooleanWrapper(this, "unlocked");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<Map<Section, Screen>> current =
            new ReadOnlyObjectWrapper<>(this, "screens", Map.of());
    private final ChangeListener<Workspace> workspaceListener = (o, was, now) -> workspaceChanged(now);
    private final DatabaseCommands database;
    /** How to leave before locking or quitting: this window's screen, or with more windows, each in turn. */
    private Consumer<Runnable> leaveAll = p -> screen().leave(p);
    /** The unsaved edits to keep at a lock: this window's, or with more windows, every window's. */
    private java.util.function.Supplier<java.util.List<Unsaved>> unsavedAll = this::unsaved;

    /**
     * @param makeScreens makes this window's screens, given what they run after a save or delete (the counts
     *                    refresh): at start and anew after every lock, so that nothing read before a lock survives it
     */
    public MainViewModel(Session session, TaskRunner runner, DialogService dialogs, RecordDeleter deleter,
                         UnlockViewModel unlock, DatabaseCommands database,
                         Function<Runnable, Map<Section, Screen>> makeScreens) {
        this.session = session;
        this.tasks = new Tasks(runner);
        this.dialogs = dialogs;
        this.deleter = deleter;
        this.unlock = unlock;
        this.database = database;
        this.makeScreens = makeScreens;
        for (Section s : Section.values()) {
            counts.put(s, new ReadOnlyIntegerWrapper(this, s.name()));
        }
        for (AppAction a : AppAction.values()) {
            commands.put(a, new Command());
        }
        replaceScreens();
        wireCommands();
        // a window opened on a database already unlocked (View → New window) starts unlocked
        unlocked.set(session.isUnlocked());
        session.workspaceProperty().addListener(workspaceListener);
        section.addListener((o, was, now) -> {
            bindScreenCommands();
            if (session.isUnlocked()) {
                screen().activate();
            }
        });
        bindScreenCommands();
    }

    /**
     * Locking from any window reaches every window through the shared session: each one forgets what
     * it read, so no window keeps records of a locked database.
     */
    private void workspaceChanged(Workspace now) {
        unlocked.set(now != null);
        if (now != null) {
            // after an unlock a caseworker sees first what is due today
            if (section.get() != Section.TODAY) {
                section.set(Section.TODAY);
            } else {
                screen().activate();
            }
            refreshCounts();
        } else {
            discardScreens();
        }
    }

    /** The window is closed: its screens forget, and it no longer follows the session. */
    public void dispose() {
        session.workspaceProperty().removeListener(workspaceListener);
        tasks.cancelAll();
        deleter.forget();
        screens.values().forEach(Screen::forget);
    }

    private void wireCommands() {
        handle(AppAction.ESCAPE, this::escape);
        handle(AppAction.REFRESH, () -> {
            screen().activate();
            refreshCounts();
        });
        handle(AppAction.UNDO_DELETE, () -> deleter.undo(r -> {
            refreshCounts();
            open(RecordItem.of(r));
        }));
        // Lock never asks: unsaved edits of every window go into drafts offered back after the unlock
        handle(AppAction.LOCK, () -> database.lock(unsavedAll.get()));
        handle(AppAction.NEW_DATABASE, () -> leaveAll.accept(database::newDatabase));
        handle(AppAction.OPEN_DATABASE, () -> leaveAll.accept(database::openDatabase));
        handle(AppAction.QUIT, () -> leaveAll.accept(database::quit));
        handle(AppAction.NEW_WINDOW, database::newWindow);
        handle(AppAction.SHOW_DUPLICATES, () -> show(Section.DUPLICATES));
        handle(AppAction.ABOUT, () -> dialogs.showInfo(lang("About ReturnWatch"),
                lang("ReturnWatch — records of coercive return."
                + "\n\nEverything stays on this computer, in an encrypted database. The program opens no network "
                + "connection.\n\nDatabase: {0}\n\nLicence: GPL-3.0-or-later", session.file())));
        commands.get(AppAction.UNDO_DELETE).executableProperty().bind(
                Bindings.isNotNull(deleter.lastProperty()).and(unlocked));
        for (AppAction a : new AppAction[] {AppAction.LOCK, AppAction.REFRESH, AppAction.NEW_WINDOW, AppAction.IMPORT,
                AppAction.IMPORT_FOLDER, AppAction.EXPORT, AppAction.BACKUP, AppAction.RESTORE,
                        AppAction.SHOW_DUPLICATES}) {
            commands.get(a).executableProperty().bind(unlocked);
        }
        // Esc cancels changes or goes back: it can when either of those can, on whatever screen
        commands.get(AppAction.ESCAPE).executableProperty().bind(commands.get(AppAction.CANCEL).executableProperty()
                .or(commands.get(AppAction.BACK).executableProperty()));
    }

    /** The screen on show decides what its commands do and when; rebound when the place or the screens change. */
    private void bindScreenCommands() {
        Screen s = screen();
        for (AppAction a : ScreenCommands.RECORD_ACTIONS) {
            Command c = commands.get(a);
            var entry = s.commands().get(a);
            if (entry.isPresent()) {
                c.executableProperty().bind(unlocked.and(entry.get().enabled()));
                Runnable run = entry.get().action();
                c.setHandler(a == AppAction.NEW_RECORD ? () -> screen().leave(run) : run);
                c.unavailableProperty().set("");
            } else {
                c.executableProperty().unbind();
                c.executableProperty().set(false);
                c.setHandler(() -> { });
                c.unavailableProperty().set(lang("Not on the {0} screen.", section.get().label()));
            }
        }
    }

    /**
     * Esc as a form expects it: unsaved changes are thrown away (once the user agrees, since they
     * cannot be had back); with nothing unsaved, back to the list.
     */
    public void escape() {
        Screen s = screen();
        Command cancel = commands.get(AppAction.CANCEL);
        Command back = commands.get(AppAction.BACK);
        if (s.dirtyProperty().get() && cancel.executableProperty().get()) {
            if (dialogs.confirm(lang("Cancel changes"), lang("Throw away the unsaved changes?"),
                    lang("Discard changes"))) {
                cancel.execute();
            }
        } else {
            back.execute();
        }
    }

    private void handle(AppAction a, Runnable r) {
        commands.get(a).setHandler(r);
    }

    /**
     * Switches place, asking first if the current record has unsaved changes; a place always opens on
     * its list, never on the record last left open there (chosen again, it goes back to its list).
     */
    public void show(Section s) {
        if (s == section.get()) {
            backToList();
            return;
        }
        screen().leave(() -> {
            section.set(s);
            backToList();
        });
    }

    private void backToList() {
        Command back = commands.get(AppAction.BACK);
        if (back.executableProperty().get()) {
            back.execute();
        }
    }

    /** Opens any record where it belongs; incidents open their case, data points their series. */
    public void open(RecordItem item) {
        screen().leave(() -> {
            Workspace w = session.workspace();
            tasks.run(lang("finding the record"), () -> w.lookup().home(item.kind(), item.id()).orElse(null), home -> {
                if (home == null) {
                    dialogs.showError(lang("Open"), lang("That record no longer exists."));
                    return;
                }
                Section target = Section.of(home.kind());
                section.set(target);
                screens.get(target).open(home.id());
            }, e -> dialogs.showError(lang("Open"), message(e)));
        });
    }

    public void refreshCounts() {
        if (!session.isUnlocked()) {
            return;
        }
        Workspace w = session.workspace();
        tasks.run(lang("counting records"), () -> w.lookup().counts(), c -> {
            for (Section s : Section.values()) {
                counts.get(s).set(s.kind() == null ? 0 : c.getOrDefault(s.kind(), 0));
            }
            status.set(session.file() + "   ·   " + c.get(RecordKind.CASE) + lang(" cases, {0}"
                    + " incidents, {1} agreements, {2}"
                    + " statistics, {3} sources, {4}"
                    + " actors, {5} links", c.get(RecordKind.INCIDENT), c.get(RecordKind.AGREEMENT),
                    c.get(RecordKind.SERIES), c.get(RecordKind.SOURCE), c.get(RecordKind.ACTOR),
                            c.get(RecordKind.LINK)));
        }, e -> status.set(message(e)));
    }

    /** Shows a passing message in the status bar, such as why a key did nothing. */
    public void say(String message) {
        status.set(message);
    }

    /**
     * After the database is forgotten: empties every screen and puts fresh ones in their place, so that
     * no record read before locking stays in memory until the next unlock. Also drops the undo of the
     * last delete and the figures shown.
     */
    private void discardScreens() {
        tasks.cancelAll();
        deleter.forget();
        screens.values().forEach(Screen::forget);
        replaceScreens();
        bindScreenCommands();
        counts.values().forEach(c -> c.set(0));
        status.set("");
    }

    private void replaceScreens() {
        screens.clear();
        screens.putAll(makeScreens.apply(this::refreshCounts));
        current.set(Map.copyOf(screens));
    }

    /** With several windows open, Lock, Quit and switching databases first ask each about unsaved changes. */
    public void setLeaveAll(Consumer<Runnable> leaveAll) {
        this.leaveAll = leaveAll;
    }

    /** With several windows open, a lock keeps the unsaved edits of each. */
    public void setUnsavedAll(java.util.function.Supplier<java.util.List<Unsaved>> unsavedAll) {
        this.unsavedAll = unsavedAll;
    }

    /** The unsaved edits of this window's record on show, if any. */
    public java.util.List<Unsaved> unsaved() {
        return screen().unsaved().stream().toList();
    }

    /** Shows the record of a draft kept at a lock, with its edits on the form. */
    public void restoreDraft(RecordKind kind, java.util.UUID recordId, Map<String, String> fields) {
        Section target = Section.of(kind);
        section.set(target);
        screens.get(target).restoreDraft(recordId, fields);
    }

    /** Asks every window about its unsaved changes, then runs {@code proceed} (not at all if one says Stay). */
    public void leaveAllThen(Runnable proceed) {
        leaveAll.accept(proceed);
    }

    public Screen screen() {
        return screens.get(section.get());
    }

    public Screen screen(Section s) {
        return screens.get(s);
    }

    /** This window's screens; replaced by fresh ones on every lock. */
    public ReadOnlyObjectProperty<Map<Section, Screen>> screensProperty() {
        return current.getReadOnlyProperty();
    }

    public Command command(AppAction a) {
        return commands.get(a);
    }

    public ReadOnlyIntegerProperty countProperty(Section s) {
        return counts.get(s).getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Section> sectionProperty() {
        return section.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty unlockedProperty() {
        return unlocked.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public UnlockViewModel unlock() {
        return unlock;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.runner().busyProperty();
    }
}
