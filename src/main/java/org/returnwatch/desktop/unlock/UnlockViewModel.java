package org.returnwatch.desktop.unlock;

import static org.returnwatch.i18n.Localization.lang;
import static org.returnwatch.i18n.Localization.message;

import java.time.Duration;
import java.util.Arrays;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.returnwatch.app.Databases;
import org.returnwatch.app.OpenRefused;
import org.returnwatch.app.Workspace;
import org.returnwatch.desktop.common.StartMarks;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.TaskRunner;

/**
 * The passphrase screen: on a first start it creates the database (passphrase typed twice), later
 * it unlocks it. Passphrases arrive as char arrays, are never turned into Strings, and are wiped
 * as soon as the key has been derived, whatever happens.
 */
public final class UnlockViewModel {
    public static final int MIN_LENGTH = 8;

    public enum Mode { CHECKING, CREATE, UNLOCK }

    private final Session session;
    private final Databases databases;
    private final TaskRunner runner;
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(this, "mode", Mode.CHECKING);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<PassphraseStrength> strength =
            new ReadOnlyObjectWrapper<>(this, "strength", PassphraseStrength.EMPTY);
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working");
    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper(this, "fileName", "");

    public UnlockViewModel(Session session, Databases databases, TaskRunner runner) {
        this.session = session;
        this.databases = databases;
        this.runner = runner;
    }

    /** Looks (in the background) whether the file exists, to ask for a new passphrase or the old one. */
    public void prepare() {
        mode.set(Mode.CHECKING);
        message.set("");
        fileName.set(session.file().toString());
        runner.run(lang("looking for the database"), () -> databases.exists(session.file()),
                exists -> {
                    mode.set(exists ? Mode.UNLOCK : Mode.CREATE);
                    StartMarks.mark("passphrase-asked");
                },
                e -> message.set(message(e)));
    }

    public void updateStrength(CharSequence typed) {
        strength.set(PassphraseStrength.of(typed));
    }

    /**
     * Creates or unlocks with what was typed. Takes ownership of both arrays (wiped here);
     * {@code repeated} is ignored when unlocking and may be null then.
     */
    public void submit(char[] passphrase, char[] repeated) {
        try {
            String problem = problem(passphrase, repeated);
            if (problem != null) {
                message.set(problem);
                Arrays.fill(passphrase, '\0');
                return;
            }
        } finally {
            if (repeated != null) {
                Arrays.fill(repeated, '\0');
            }
        }
        boolean create = mode.get() == Mode.CREATE;
        working.set(true);
        if (create) {
            message.set(lang("Creating the encrypted database and loading the seed data…"));
            open(passphrase, true, Duration.ZERO);
            return;
        }
        message.set(lang("Unlocking…"));
        // after too many wrong passphrases the try waits its turn rather than being refused and typed again
        runner.run(lang("unlocking the database"), () -> databases.waitBeforeNextTry(session.file()), wait -> {
            if (!wait.isZero()) {
                message.set(lang("Too many wrong passphrases in a row: this one is tried in {0} s…",
                        Math.max(1, (wait.toMillis() + 999) / 1000)));
            }
            open(passphrase, false, wait);
        }, e -> {
            Arrays.fill(passphrase, '\0');
            failed(e);
        });
    }

    private void open(char[] passphrase, boolean create, Duration wait) {
        StartMarks.mark("unlock-submitted");
        runner.run(create ? lang("creating the database") : lang("unlocking the database"), () -> {
            try {
                Thread.sleep(wait.toMillis());
                return create ? databases.create(session.file(), passphrase)
                        : databases.open(session.file(), passphrase, () -> runner.ui().execute(() -> message.set(
                                lang("Upgrading the database for this version of ReturnWatch, once; a large "
                                        + "database can take many minutes. Please leave it to finish…"))));
            } finally {
                Arrays.fill(passphrase, '\0');
            }
        }, this::opened, this::failed);
    }

    private String problem(char[] passphrase, char[] repeated) {
        if (mode.get() == Mode.CHECKING) {
            return lang("Still looking for the database; try again in a moment.");
        }
        if (passphrase.length == 0) {
            return lang("Enter the passphrase.");
        }
        if (mode.get() == Mode.CREATE) {
            if (passphrase.length < MIN_LENGTH) {
                return lang("Use at least {0} characters; a phrase of several words is best.", MIN_LENGTH);
            }
            if (repeated == null || !Arrays.equals(passphrase, repeated)) {
                return lang("The two passphrases differ. Type the same passphrase twice.");
            }
        }
        return null;
    }

    private void opened(Workspace workspace) {
        working.set(false);
        message.set("");
        strength.set(PassphraseStrength.EMPTY);
        session.unlocked(workspace);
    }

    private void failed(Throwable e) {
        working.set(false);
        if (e instanceof OpenRefused r && r.reason() == OpenRefused.Reason.WRONG_PASSPHRASE) {
            message.set(lang("Wrong passphrase. Try again."));
        } else if (e instanceof OpenRefused || e instanceof IllegalArgumentException) {
            message.set(message(e));
        } else {
            message.set(lang("The database could not be opened ({0}).", e.getClass().getSimpleName()));
        }
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PassphraseStrength> strengthProperty() {
        return strength.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fileNameProperty() {
        return fileName.getReadOnlyProperty();
    }
}
