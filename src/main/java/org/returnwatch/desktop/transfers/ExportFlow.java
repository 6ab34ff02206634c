package org.returnwatch.desktop.transfers;

import static org.returnwatch.i18n.Localization.lang;
import static org.returnwatch.i18n.Localization.message;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.returnwatch.app.Workspace;
import org.returnwatch.desktop.dialog.DialogService;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.shell.ShownRecords;
import org.returnwatch.desktop.task.TaskRunner;
import org.returnwatch.exchange.Exports;
import org.returnwatch.exchange.JsonExchange;
import org.returnwatch.exchange.RedactionProfile;
import org.returnwatch.work.CancelledException;

/**
 * File → Export: asks what to export and where, then writes it in the background with its progress
 * on show. Nothing appears where the user looks until the export is complete, and a cancelled one
 * leaves no file.
 */
public final class ExportFlow {
    private final Session session;
    private final DialogService dialogs;
    private final ExchangeDialogs exchangeDialogs;
    private final LongWork work;
    private final Supplier<LocalDate> today;

    public ExportFlow(Session session, TaskRunner runner, DialogService dialogs, ExchangeDialogs exchangeDialogs,
                      Supplier<LocalDate> today) {
        this.session = session;
        this.dialogs = dialogs;
        this.exchangeDialogs = exchangeDialogs;
        this.work = new LongWork(runner, dialogs);
        this.today = today;
    }

    /** @param shown what the list on show holds, offered as the alternative to everything */
    public void start(Optional<ShownRecords> shown) {
        if (!session.isUnlocked()) {
            return;
        }
        ExportViewModel vm = new ExportViewModel(shown.orElse(null), dialogs);
        if (!exchangeDialogs.askExport(vm)) {
            return;
        }
        destination(vm).ifPresent(out -> write(vm, out));
    }

    private Optional<Path> destination(ExportViewModel vm) {
        ExportViewModel.Destination d = vm.destinationProperty().get();
        String name = vm.suggestedName(today.get());
        if (d == ExportViewModel.Destination.CSV_FOLDER) {
            return dialogs.chooseFolder(lang("Export: the folder to put the new export folder in"))
                    .map(parent -> parent.resolve(name));
        }
        return dialogs.chooseExportFile(lang("Export"), name, d == ExportViewModel.Destination.JSON
                ? lang("JSON document")
                : lang("Zip of CSV files"), d.extension()).map(chosen -> FileNames.withExtension(chosen,
                        d.extension()));
    }

    private void write(ExportViewModel vm, Path chosen) {
        Workspace w = session.workspace();
        ExportViewModel.Destination d = vm.destinationProperty().get();
        String profile = vm.profileName();
        work.run(lang("Exporting to {0}", chosen.getFileName()), "exporting", progress -> {
            Path out = d == ExportViewModel.Destination.CSV_FOLDER ? unused(chosen) : chosen;
            RedactionProfile p = profile == null ? null : RedactionProfile.named(profile,
                    new JsonExchange().mapper()); // made here: its JSON library is not loaded at start-up
            return w.transfers().export(new Exports.Request(d.format(), out, vm.selection(), p), progress);
        }, report -> dialogs.showInfo(lang("Export"), done(report)), e -> {
            if (e instanceof CancelledException) {
                dialogs.showInfo(lang("Export"), lang("Export cancelled. No file was written."));
            } else {
                dialogs.showError(lang("Export"), lang("Nothing was exported: {0}", message(e)));
            }
        });
    }

    /** A new folder's name beside the chosen one when that is taken ("…-2"), so no export is mixed into another. */
    private static Path unused(Path folder) {
        Path p = folder;
        for (int n = 2; Files.exists(p); n++) {
            p = folder.resolveSibling(folder.getFileName() + "-" + n);
        }
        return p;
    }

    private static String done(Exports.Report r) {
        String msg = lang("Exported {0} records to {1}.", r.records(), r.out());
        if (r.profile() != null) {
            msg += lang("\n\nPseudonymised with the “{0}” profile: the names it covers are "
                    + "replaced by codes, and the notes it covers are removed. The same person has the same code in "
                    + "every pseudonymised export from this database.", r.profile().name());
        } else {
            msg += lang(
                    "\n\nThis is an exact copy, with every name and note, and it is not encrypted: keep it as safe as "
                    + "the database.");
        }
        return msg;
    }
}
