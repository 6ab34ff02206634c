package org.returnwatch.desktop.shell;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.returnwatch.desktop.action.AppAction;
import org.returnwatch.desktop.action.Command;
import org.returnwatch.desktop.common.RecordDeleter;
import org.returnwatch.desktop.common.RecordItem;
import org.returnwatch.desktop.dialog.DialogService;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.TaskRunner;
import org.returnwatch.desktop.unlock.UnlockViewModel;
import org.returnwatch.domain.DataPoint;
import org.returnwatch.domain.Incident;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.store.DatabaseFile;
import org.returnwatch.store.Store;

/**
 * The window's state: locked or not, which place is shown, how many records each holds, and the
 * commands of the menus and toolbar, which act on the screen on show.
 */
public final class MainViewModel {
    private final Session session;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final RecordDeleter deleter;
    private final UnlockViewModel unlock;
    private final Map<Section, Screen> screens;
    private final Map<Section, ReadOnlyIntegerWrapper> counts = new EnumMap<>(Section.class);
    private final Map<AppAction, Command> commands = new EnumMap<>(AppAction.class);
    private final ReadOnlyObjectWrapper<Section> section = new ReadOnlyObjectWrapper<>(this, "section", Section.CASES);
    private final ReadOnlyBooleanWrapper unlocked = new ReadOnlyBooleanWrapper(this, "unlocked");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private Runnable quit = () -> { };
    private Runnable newWindow = () -> { };
    /** How to leave before locking or quitting: by default this window's screen; with more windows, each in turn. */
    private java.util.function.Consumer<Runnable> leaveAll = p -> screen().leave(p);
    private final javafx.beans.value.ChangeListener<Store> storeListener = (o, was, now) -> storeChanged(now);
    private Supplier<Map<Section, Screen>> rebuild = Map::of;

    public MainViewModel(Session session, TaskRunner runner, DialogService dialogs, RecordDeleter deleter,
                         UnlockViewModel unlock, Map<Section, Screen> screens) {
        this.session = session;
        this.runner = runner;
        this.dialogs = dialogs;
        this.deleter = deleter;
        this.unlock = unlock;
        this.screens = new EnumMap<>(screens);
        for (Section s : Section.values()) {
            counts.put(s, new ReadOnlyIntegerWrapper(this, s.name()));
        }
        for (AppAction a : AppAction.values()) {
            commands.put(a, new Command());
        }
        wireCommands();
        // a window opened on a database already unlocked (View → New window) starts unlocked
        unlocked.set(session.isUnlocked());
        session.storeProperty().addListener(storeListener);
        section.addListener((o, was, now) -> {
            bindCommands();
            if (session.isUnlocked()) {
                screen().activate();
            }
        });
        bindCommands();
    }

    /**
     * Locking from any window reaches every window through the shared session: each one forgets
     * what it read, so no window keeps records of a locked database.
     */
    private void storeChanged(Store now) {
        unlocked.set(now != null);
        if (now != null) {
            screen().activate();
            refreshCounts();
        } else {
            discardScreens();
        }
    }

    /** The window is closed: its screens forget, and it no longer follows the session. */
    public void dispose() {
        session.storeProperty().removeListener(storeListener);
        deleter.forget();
        screens.values().forEach(Screen::forget);
    }

    private void wireCommands() {
        handle(AppAction.NEW_RECORD, () -> screen().leave(() -> screen().newRecord()));
        handle(AppAction.SAVE, () -> screen().save());
        handle(AppAction.CANCEL, () -> screen().cancel());
        handle(AppAction.DUPLICATE, () -> screen().duplicate());
        handle(AppAction.DELETE, () -> screen().delete());
        handle(AppAction.LINK, () -> screen().link());
        handle(AppAction.BACK, () -> screen().back());
        handle(AppAction.ESCAPE, this::escape);
        handle(AppAction.REFRESH, () -> {
            screen().activate();
            refreshCounts();
        });
        handle(AppAction.UNDO_DELETE, () -> deleter.undo(r -> {
            refreshCounts();
            open(RecordItem.of(r));
        }));
        handle(AppAction.LOCK, () -> leaveAll.accept(this::lock));
        handle(AppAction.NEW_DATABASE, () -> leaveAll.accept(this::newDatabase));
        handle(AppAction.OPEN_DATABASE, () -> leaveAll.accept(this::openDatabase));
        handle(AppAction.QUIT, () -> leaveAll.accept(() -> quit.run()));
        handle(AppAction.NEW_WINDOW, () -> newWindow.run());
        handle(AppAction.ABOUT, () -> dialogs.showInfo("About ReturnWatch", "ReturnWatch — records of coercive return."
                + "\n\nEverything stays on this computer, in an encrypted database. The program opens no network "
                + "connection.\n\nDatabase: " + session.file() + "\n\nLicence: GPL-3.0-or-later"));
        commands.get(AppAction.UNDO_DELETE).executableProperty().bind(
                Bindings.isNotNull(deleter.lastProperty()).and(unlocked));
        for (AppAction a : new AppAction[] {AppAction.LOCK, AppAction.REFRESH, AppAction.NEW_RECORD,
                AppAction.NEW_WINDOW, AppAction.IMPORT, AppAction.IMPORT_FOLDER, AppAction.EXPORT, AppAction.BACKUP,
                AppAction.RESTORE}) {
            commands.get(a).executableProperty().bind(unlocked);
        }
    }

    /** The screen's state decides what its commands can do; rebound when the place changes. */
    private void bindCommands() {
        Screen s = screen();
        commands.get(AppAction.SAVE).executableProperty().bind(unlocked.and(s.dirtyProperty()));
        commands.get(AppAction.CANCEL).executableProperty().bind(unlocked.and(s.dirtyProperty()));
        commands.get(AppAction.DUPLICATE).executableProperty().bind(unlocked.and(s.hasRecordProperty()));
        commands.get(AppAction.DELETE).executableProperty().bind(unlocked.and(s.hasRecordProperty()));
        commands.get(AppAction.LINK).executableProperty().bind(unlocked.and(s.recordOpenProperty()));
        commands.get(AppAction.BACK).executableProperty().bind(unlocked.and(s.recordOpenProperty()));
        commands.get(AppAction.ESCAPE).executableProperty().bind(unlocked.and(s.recordOpenProperty()
                .or(s.dirtyProperty())));
    }

    /**
     * Esc as a form expects it: unsaved changes are thrown away (once the user agrees, since they
     * cannot be had back); with nothing unsaved, back to the list.
     */
    public void escape() {
        Screen s = screen();
        if (s.dirtyProperty().get()) {
            if (dialogs.confirm("Cancel changes", "Throw away the unsaved changes?", "Discard changes")) {
                s.cancel();
            }
        } else if (s.recordOpenProperty().get()) {
            s.back();
        }
    }

    private void handle(AppAction a, Runnable r) {
        commands.get(a).setHandler(r);
    }

    /** Switches place, asking first if the current record has unsaved changes. */
    public void show(Section s) {
        if (s == section.get()) {
            return;
        }
        screen().leave(() -> section.set(s));
    }

    /** Opens any record where it belongs; incidents open their case, data points their series. */
    public void open(RecordItem item) {
        screen().leave(() -> {
            Store store = session.store();
            runner.run("finding the record", () -> store.read(tx -> switch (item.kind()) {
                case INCIDENT -> store.incidents().find(tx, item.id()).map(i -> new Target(RecordKind.CASE, i))
                        .orElse(null);
                case DATA_POINT -> store.points().find(tx, item.id()).map(p -> new Target(RecordKind.SERIES, p))
                        .orElse(null);
                default -> new Target(item.kind(), null);
            }), t -> {
                if (t == null) {
                    dialogs.showError("Open", "That record no longer exists.");
                    return;
                }
                Section target = Section.of(t.kind());
                section.set(target);
                screens.get(target).open(t.ownerOf(item));
            }, e -> dialogs.showError("Open", e.getMessage()));
        });
    }

    private record Target(RecordKind kind, Object child) {
        java.util.UUID ownerOf(RecordItem item) {
            if (child instanceof Incident i) {
                return i.caseId();
            }
            if (child instanceof DataPoint p) {
                return p.seriesId();
            }
            return item.id();
        }
    }

    public void refreshCounts() {
        if (!session.isUnlocked()) {
            return;
        }
        Store store = session.store();
        DatabaseFile file = session.file();
        runner.run("counting records", () -> store.read(store::counts), c -> {
            for (Section s : Section.values()) {
                counts.get(s).set(c.getOrDefault(s.kind(), 0));
            }
            status.set(file + "   ·   " + c.get(RecordKind.CASE) + " cases, " + c.get(RecordKind.INCIDENT)
                    + " incidents, " + c.get(RecordKind.AGREEMENT) + " agreements, " + c.get(RecordKind.SERIES)
                    + " statistics, " + c.get(RecordKind.SOURCE) + " sources, " + c.get(RecordKind.ACTOR)
                    + " actors, " + c.get(RecordKind.LINK) + " links");
        }, e -> status.set(e.getMessage()));
    }

    /** Closes the database (in the background) and shows the passphrase screen again. */
    public void lock() {
        // the session's listeners (this window's and every other's) forget the screens
        Store store = session.lock();
        if (store != null) {
            runner.run("closing the database", () -> {
                store.close();
                return true;
            }, ok -> unlock.prepare(), e -> unlock.prepare());
        } else {
            unlock.prepare();
        }
    }

    private void newDatabase() {
        dialogs.chooseNewDatabase().ifPresent(p -> switchTo(p, true));
    }

    private void openDatabase() {
        dialogs.chooseDatabase().ifPresent(p -> switchTo(p, false));
    }

    private void switchTo(Path path, boolean create) {
        DatabaseFile file;
        try {
            file = DatabaseFile.of(path);
        } catch (RuntimeException e) {
            dialogs.showError("Database", e.getMessage());
            return;
        }
        runner.run("looking at the file", file::exists, exists -> {
            if (create && exists) {
                dialogs.showError("New database", "A database already exists at " + file + ". Choose another name.");
                return;
            }
            if (!create && !exists) {
                dialogs.showError("Open database", "There is no database at " + file + ".");
                return;
            }
            Store store = session.lock();
            session.switchTo(file);
            runner.run("closing the database", () -> {
                if (store != null) {
                    store.close();
                }
                return true;
            }, ok -> unlock.prepare(), e -> unlock.prepare());
        }, e -> dialogs.showError("Database", e.getMessage()));
    }

    /**
     * After the store is forgotten: empties every screen and puts fresh ones in their place, so
     * that no record read before locking stays in memory until the next unlock. Also drops the
     * undo of the last delete and the figures shown.
     */
    private void discardScreens() {
        deleter.forget();
        screens.values().forEach(Screen::forget);
        screens.putAll(rebuild.get());
        bindCommands();
        counts.values().forEach(c -> c.set(0));
        status.set("");
    }

    /** Makes the screens anew; called on every lock, after the old ones have forgotten what they held. */
    public void setRebuild(Supplier<Map<Section, Screen>> rebuild) {
        this.rebuild = rebuild;
    }

    public void setQuit(Runnable quit) {
        this.quit = quit;
    }

    /** Opens another window on the same session (View → New window). */
    public void setNewWindow(Runnable newWindow) {
        this.newWindow = newWindow;
    }

    /** With several windows open, Lock, Quit and switching databases first ask each about unsaved changes. */
    public void setLeaveAll(java.util.function.Consumer<Runnable> leaveAll) {
        this.leaveAll = leaveAll;
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
        return runner.busyProperty();
    }
}
