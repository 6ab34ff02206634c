package org.returnwatch.desktop.dialog;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.returnwatch.desktop.common.RecordItem;
import org.returnwatch.desktop.exchange.ExportViewModel;
import org.returnwatch.desktop.links.CitationRow;
import org.returnwatch.desktop.links.LinkPickerViewModel;
import org.returnwatch.desktop.task.Progress;
import org.returnwatch.exchange.Problem;
import org.returnwatch.store.Passphrase;
import org.returnwatch.desktop.mapping.MappingViewModel;
import org.returnwatch.exchange.Mapping;

/**
 * Every question the window asks and every file it lets the user choose. View models ask through
 * this interface, so their tests answer with a scripted fake instead of a real dialog.
 */
public interface DialogService {

    boolean confirm(String title, String message, String confirmLabel);

    void showError(String title, String message);

    void showInfo(String title, String message);

    /** Leaving a record with unsaved changes. */
    UnsavedChoice askUnsaved(String record);

    /** A save was refused because someone else saved the record meanwhile; shows both versions. */
    ConflictChoice askConflict(String record, List<FieldDifference> differences);

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

    /** A folder, such as a CSV export's; empty when the user cancels. */
    Optional<Path> chooseFolder(String title);

    /** Shows a long operation's progress and its Cancel button until the returned view is closed. */
    ProgressView showProgress(Progress progress);

    /** The choices of File → Export (what, in which format, pseudonymised or not); false on Cancel. */
    boolean askExport(ExportViewModel export);

    /** The open database's passphrase again, before a backup or a restore; empty on Cancel. */
    Optional<Passphrase> askPassphrase(String title, String message);

    /**
     * Why an import was refused, every problem with its place.
     *
     * @param retryLabel a button that goes back (to the column mapping, say), or null for none
     * @return true when the user chose {@code retryLabel}
     */
    boolean showProblems(String title, String message, List<Problem> problems, String retryLabel);

    /** A progress dialog on show. */
    interface ProgressView {
        void close();
    }

    /** A citation's source, field and locator to change; empty when the user cancels. */
    Optional<CitationEdit> editCitation(CitationRow citation, List<RecordItem> sources);

    /** The searchable link picker; empty when the user cancels. */
    Optional<LinkPickerViewModel.Choice> pickLink(LinkPickerViewModel picker);

    /** The columns of someone else's CSV mapped to fields; empty when the user cancels. */
    Optional<Mapping> mapColumns(MappingViewModel vm);

    /** What the user set a citation to. */
    record CitationEdit(RecordItem source, String field, String locator) {
    }

    enum UnsavedChoice { SAVE, DISCARD, STAY }

    enum ConflictChoice { RELOAD, KEEP_MINE, CANCEL }

    /** One field that differs between the user's version and the stored one. */
    record FieldDifference(String field, String mine, String theirs) {
    }
}
