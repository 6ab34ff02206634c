package org.returnwatch.desktop.casefile;

import static org.returnwatch.i18n.Localization.lang;
import static org.returnwatch.i18n.Localization.message;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.returnwatch.app.Dossiers;
import org.returnwatch.app.Workspace;
import org.returnwatch.desktop.dialog.DialogService;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.TaskRunner;
import org.returnwatch.domain.Case;

/**
 * File → Print case dossier…: the choices with a preview, then where to save the PDF, written in the
 * background; then the offer to open it with the system's PDF reader, saying it is not encrypted.
 */
public final class DossierFlow {
    private final Session session;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final DossierDialogs dossierDialogs;

    public DossierFlow(Session session, TaskRunner runner, DialogService dialogs, DossierDialogs dossierDialogs) {
        this.session = session;
        this.runner = runner;
        this.dialogs = dialogs;
        this.dossierDialogs = dossierDialogs;
    }

    /**
     * @param open    the case on show, or null when none is open
     * @param unsaved true when it has changes not saved yet
     */
    public void print(Case open, boolean unsaved) {
        if (!session.isUnlocked()) {
            return;
        }
        if (open == null) {
            dialogs.showInfo(lang("Print case dossier"),
                    lang("Open a case first (on the Cases screen): the dossier is printed "
                    + "for the case on show."));
            return;
        }
        Workspace w = session.workspace();
        DossierViewModel vm = new DossierViewModel(w, runner, open.id(), open.ref() + " " + open.displayName(),
                unsaved);
        vm.refresh();
        boolean go = dossierDialogs.askDossier(vm);
        vm.close();
        if (!go) {
            return;
        }
        Dossiers.Options options = vm.options();
        String name = open.ref() + "-dossier" + (options.profile() == null ? "" : "-pseudonymised") + ".pdf";
        Optional<Path> chosen = dialogs.chooseExportFile(lang("Save the dossier as PDF"), name, lang("PDF document"),
                "pdf");
        chosen.map(DossierFlow::withPdf).ifPresent(out -> runner.run(lang("printing a dossier"),
                () -> w.dossiers().printCase(open.ref(), options, out),
                p -> offerToOpen(p, lang("Print case dossier"), dialogs, dossierDialogs),
                e -> dialogs.showError(lang("Print case dossier"), lang("Nothing was printed: {0}", message(e)))));
    }

    /** Says where the PDF went and that it is not encrypted, and opens it with the system's reader if asked. */
    static void offerToOpen(Dossiers.Printed p, String title, DialogService dialogs, DossierDialogs dossierDialogs) {
        String msg = lang("Saved {0}.\n\nThis PDF is not encrypted: anyone who has the file can read it. "
                + "Keep it as safe as the database, or delete it when done.", p.file());
        if (!p.chineseFont()) {
            msg += lang(
                    "\n\nNo font for Chinese script was found on this computer: names in Chinese script are missing "
                    + "from it.");
        }
        if (dialogs.confirm(title, lang("{0}\n\nOpen it with the system's PDF reader?", msg),
                lang("Open"))) {
            dossierDialogs.openPdf(p.file());
        }
    }

    static Path withPdf(Path chosen) {
        return chosen.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf") ? chosen
                : chosen.resolveSibling(chosen.getFileName() + ".pdf");
    }
}
