package org.returnwatch.desktop.dialog;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.returnwatch.app.Difference;
import org.returnwatch.desktop.task.Progress;

/**
 * The questions every part of the window asks and the files it lets the user choose. View models ask
 * through this interface, so their tests answer with a scripted fake instead of a real dialog. It
 * knows no feature: a feature's own dialogs (the link picker, the export choices …) are asked
 * through an interface of that feature.
 */
public interface DialogService {

    boolean confirm(String title, String message, String confirmLabel);

    void showError(String title, String message);

    void showInfo(String title, String message);

    /** Leaving a record with unsaved changes. */
    UnsavedChoice askUnsaved(String record);

    /** A save was refused because someone else saved the record meanwhile; shows both versions. */
    ConflictChoice askConflict(String record, List<Difference> differences);

    /** Where to create a new database. */
    Optional<Path> chooseNewDatabase();

    /** Which existing database to open. */
    Optional<Path> chooseDatabase();

    /**
     * Where to write an exported file, e.g. a chart; empty when the user cancels.
     *
     * @param fileName    the name proposed
     * @param description what the filter says, e.g. "PNG image"
     * @param extension   without the dot, e.g. "png"
     */
    Optional<Path> chooseExportFile(String title, String fileName, String description, String extension);

    /**
     * An existing file to read, such as a file to import; empty when the user cancels.
     *
     * @param description what the filter says, e.g. "ReturnWatch export or CSV"
     * @param extensions  without the dot, e.g. "json", "zip"
     */
    Optional<Path> chooseFileToOpen(String title, String description, String... extensions);

    /** Files of any type to take in, such as evidence files to attach; empty when the user cancels. */
    List<Path> chooseFilesToAttach(String title);

    /** A folder, such as a CSV export's; empty when the user cancels. */
    Optional<Path> chooseFolder(String title);

    /** Shows a long operation's progress and its Cancel button until the returned view is closed. */
    ProgressView showProgress(Progress progress);

    /**
     * The open database's passphrase again, before a backup or a restore; empty on Cancel. The array is
     * the caller's, to wipe once used.
     */
    Optional<char[]> askPassphrase(String title, String message);

    /** A progress dialog on show. */
    interface ProgressView {
        void close();
    }

    enum UnsavedChoice { SAVE, DISCARD, STAY }

    enum ConflictChoice { RELOAD, KEEP_MINE, CANCEL }
}
