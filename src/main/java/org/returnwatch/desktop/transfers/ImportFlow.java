package org.returnwatch.desktop.transfers;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.returnwatch.app.Duplicates;
import org.returnwatch.app.Workspace;
import org.returnwatch.desktop.dialog.DialogService;
import org.returnwatch.desktop.mapping.MappingDialogs;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.TaskRunner;
import org.returnwatch.exchange.ImportBatch;
import org.returnwatch.exchange.ImportRejectedException;
import org.returnwatch.exchange.Mapping;
import org.returnwatch.work.CancelledException;
import org.returnwatch.work.ProgressListener;

/**
 * File → Import: a ReturnWatch JSON document, a CSV export (zip or folder), or someone else's CSV
 * through the column mapping. The file is checked whole first and every problem shown with its
 * place; only then, once the user has seen what it holds, is it written, all or nothing.
 */
public final class ImportFlow {
    private final Session session;
    private final DialogService dialogs;
    private final ExchangeDialogs exchangeDialogs;
    private final LongWork work;
    private final ColumnMapping columns;
    /** A question lists no more pairs than fit on a screen. */
    private static final int SHOWN_DUPLICATES = 10;
    private Runnable onImported = () -> { };

    public ImportFlow(Session session, TaskRunner runner, DialogService dialogs, ExchangeDialogs exchangeDialogs,
                      MappingDialogs mappingDialogs) {
        this.session = session;
        this.dialogs = dialogs;
        this.exchangeDialogs = exchangeDialogs;
        this.work = new LongWork(runner, dialogs);
        this.columns = new ColumnMapping(session, runner, dialogs, mappingDialogs);
    }

    /** Called after an import wrote something, so that lists and counts show it. */
    public void setOnImported(Runnable onImported) {
        this.onImported = onImported;
    }

    /** Asks for a JSON document, a zip of CSV files or someone else's CSV file, and imports it. */
    public void importFile() {
        if (session.isUnlocked()) {
            dialogs.chooseFileToOpen("Import", "ReturnWatch JSON or CSV export (.json, .zip), or a CSV file", "json",
                    "zip", "csv").ifPresent(this::start);
        }
    }

    /** Asks for the folder of a ReturnWatch CSV export, and imports it. */
    public void importFolder() {
        if (session.isUnlocked()) {
            dialogs.chooseFolder("Import the folder of a ReturnWatch CSV export").ifPresent(this::start);
        }
    }

    /** Imports {@code path}; a single CSV file goes through the column mapping first. */
    public void start(Path path) {
        if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            columns.ask(path, mapping -> check(path, mapping));
        } else {
            check(path, null);
        }
    }

    /** A file checked whole, and the likely duplicates of the records it would add. */
    private record Checked(ImportBatch batch, List<Duplicates.Pair> duplicates) {
    }

    private void check(Path path, Mapping mapping) {
        Workspace w = session.workspace();
        work.run("Checking " + path.getFileName(), "checking an import", p -> {
            ImportBatch batch = read(w, path, mapping, false, p);
            return new Checked(batch, w.duplicates().inImport(batch, Duplicates.DEFAULT_MIN_SCORE));
        }, checked -> confirm(path, mapping, checked), e -> failed(path, mapping, e, "Checking"));
    }

    private static ImportBatch read(Workspace w, Path path, Mapping mapping, boolean write, ProgressListener p) {
        return mapping == null ? w.transfers().importPath(path, null, write, p)
                : w.transfers().importMapped(path, mapping, write, p);
    }

    private void confirm(Path path, Mapping mapping, Checked checked) {
        ImportBatch batch = checked.batch();
        if (batch.size() == 0) {
            dialogs.showInfo("Import", path.getFileName() + " holds no records to import.");
            return;
        }
        if (dialogs.confirm("Import", path.getFileName() + " was checked and can be imported:\n\n" + batch.describe()
                + ".\n\nRecords this file brought in before (the same identifiers) are updated, not added again."
                + likelyDuplicates(checked.duplicates()),
                "Import")) {
            write(path, mapping);
        }
    }

    /** The pairs listed before the user says Import: the first of each is from the file. */
    static String likelyDuplicates(List<Duplicates.Pair> pairs) {
        if (pairs.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("\n\nIt would add " + pairs.size() + " likely duplicate"
                + (pairs.size() == 1 ? "" : "s") + " (the first of each pair is from the file; after the import, "
                + "View → Possible duplicates merges them or marks them as different people):");
        pairs.stream().limit(SHOWN_DUPLICATES).forEach(p -> b.append("\n  • ").append(p.score()).append("  ")
                .append(p.first().title()).append("  —  ")
                        .append(p.second().ref() == null ? "" : p.second().ref() + " ")
                .append(p.second().title()).append(": ").append(p.explanation()));
        if (pairs.size() > SHOWN_DUPLICATES) {
            b.append("\n  … and ").append(pairs.size() - SHOWN_DUPLICATES).append(" more");
        }
        return b.toString();
    }

    private void write(Path path, Mapping mapping) {
        Workspace w = session.workspace();
        work.run("Importing " + path.getFileName(), "importing", p -> read(w, path, mapping, true, p), batch -> {
            onImported.run();
            dialogs.showInfo("Import", "Imported " + batch.describe() + " from " + path.getFileName() + ".");
        }, e -> failed(path, mapping, e, "Importing"));
    }

    private void failed(Path path, Mapping mapping, Throwable e, String doing) {
        if (e instanceof CancelledException) {
            dialogs.showInfo("Import", doing + " was cancelled. Nothing was written.");
        } else if (e instanceof ImportRejectedException r) {
            String more = r.total() > r.problems().size() ? " (the first " + r.problems().size() + " of " + r.total()
                    + " are listed)" : "";
            boolean retry = exchangeDialogs.showProblems("Import refused", path.getFileName()
                    + " cannot be imported, and "
                    + "nothing was written. Correct these problems" + more + ", then import again:", r.problems(),
                    mapping == null ? null : "Back to the column mapping");
            if (retry) {
                columns.askAgain(path, m -> check(path, m));
            }
        } else {
            dialogs.showError("Import", "Nothing was imported: " + e.getMessage());
        }
    }
}
