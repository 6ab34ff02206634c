package org.returnwatch.desktop.transfers;

import static org.returnwatch.i18n.Localization.lang;
import static org.returnwatch.i18n.Localization.message;

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
            dialogs.chooseFileToOpen(lang("Import"),
                    lang("ReturnWatch JSON or CSV export (.json, .zip), or a CSV file"), "json",
                    "zip", "csv").ifPresent(this::start);
        }
    }

    /** Asks for the folder of a ReturnWatch CSV export, and imports it. */
    public void importFolder() {
        if (session.isUnlocked()) {
            dialogs.chooseFolder(lang("Import the folder of a ReturnWatch CSV export")).ifPresent(this::start);
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
        work.run(lang("Checking {0}", path.getFileName()), lang("checking an import"), p -> {
            ImportBatch batch = read(w, path, mapping, false, p);
            return new Checked(batch, w.duplicates().inImport(batch, Duplicates.DEFAULT_MIN_SCORE));
        }, checked -> confirm(path, mapping, checked), e -> failed(path, mapping, e, lang("Checking")));
    }

    private static ImportBatch read(Workspace w, Path path, Mapping mapping, boolean write, ProgressListener p) {
        return mapping == null ? w.transfers().importPath(path, null, write, p)
                : w.transfers().importMapped(path, mapping, write, p);
    }

    private void confirm(Path path, Mapping mapping, Checked checked) {
        ImportBatch batch = checked.batch();
        if (batch.size() == 0) {
            dialogs.showInfo(lang("Import"), lang("{0} holds no records to import.", path.getFileName()));
            return;
        }
        if (dialogs.confirm(lang("Import"), lang("{0} was checked and can be imported:\n\n{1}"
                + ".\n\nRecords this file brought in before (the same identifiers) are updated where they changed, "
                + "not added again."
                + "{2}", path.getFileName(), batch.describe(), likelyDuplicates(checked.duplicates())),
                lang("Import"))) {
            write(path, mapping);
        }
    }

    /** The pairs listed before the user says Import: the first of each is from the file. */
    static String likelyDuplicates(List<Duplicates.Pair> pairs) {
        if (pairs.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(lang("\n\nIt would add {0} likely duplicate"
                + "{1} (the first of each pair is from the file; after the import, "
                + "View → Possible duplicates merges them or marks them as different people):", pairs.size(),
                (pairs.size() == 1 ? "" : "s")));
        pairs.stream().limit(SHOWN_DUPLICATES).forEach(p -> b.append("\n  • ").append(p.score()).append("  ")
                .append(p.first().title()).append("  —  ")
                        .append(p.second().ref() == null ? "" : p.second().ref() + " ")
                .append(p.second().title()).append(": ").append(p.explanation()));
        if (pairs.size() > SHOWN_DUPLICATES) {
            b.append(lang("\n  … and ")).append(pairs.size() - SHOWN_DUPLICATES).append(lang(" more"));
        }
        return b.toString();
    }

    private void write(Path path, Mapping mapping) {
        Workspace w = session.workspace();
        work.run(lang("Importing {0}", path.getFileName()), "importing", p -> read(w, path, mapping, true, p),
                batch -> {
            onImported.run();
            dialogs.showInfo(lang("Import"), lang("Imported {0} from {1}.", batch.describe(), path.getFileName()));
        }, e -> failed(path, mapping, e, lang("Importing")));
    }

    private void failed(Path path, Mapping mapping, Throwable e, String doing) {
        if (e instanceof CancelledException) {
            dialogs.showInfo(lang("Import"), lang("{0} was cancelled. Nothing was written.", doing));
        } else if (e instanceof ImportRejectedException r) {
            String more = r.total() > r.problems().size() ? lang(" (the first {0} of {1}"
                    + " are listed)", r.problems().size(), r.total()) : "";
            boolean retry = exchangeDialogs.showProblems(lang("Import refused"), lang("{0}"
                    + " cannot be imported, and "
                    + "nothing was written. Correct these problems{1}, then import again:", path.getFileName(),
                    more), r.problems(),
                    mapping == null ? null : lang("Back to the column mapping"));
            if (retry) {
                columns.askAgain(path, m -> check(path, m));
            }
        } else {
            dialogs.showError(lang("Import"), lang("Nothing was imported: {0}", message(e)));
        }
    }
}
