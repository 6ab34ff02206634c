package org.returnwatch.desktop.casefile;

import static org.returnwatch.i18n.Localization.lang;
import static org.returnwatch.i18n.Localization.message;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import org.returnwatch.app.Dossiers;
import org.returnwatch.app.Workspace;
import org.returnwatch.desktop.dialog.DialogService;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.TaskRunner;

/**
 * The steps every printed PDF takes, the dossier's and the list report's alike: the choices with a preview,
 * where to save the PDF, the writing in the background, then the offer to open it with the system's PDF
 * reader, saying it is not encrypted.
 */
final class PdfSteps {
    /** Writes the PDF with the options chosen; runs in the background. */
    interface Writer {
        Dossiers.Printed write(Workspace w, Dossiers.Options options, Path out);
    }

    private final Session session;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final DossierDialogs dossierDialogs;

    PdfSteps(Session session, TaskRunner runner, DialogService dialogs, DossierDialogs dossierDialogs) {
        this.session = session;
        this.runner = runner;
        this.dialogs = dialogs;
        this.dossierDialogs = dossierDialogs;
    }

    /**
     * @param title    the dialogs' title ("Print case dossier")
     * @param choices  the choices with their preview, for the workspace open
     * @param saveAs   the file dialog's title
     * @param baseName the file's name before "-pseudonymised" and ".pdf"
     * @param work     the background work, in words ("printing a dossier")
     */
    void print(String title, Function<Workspace, DossierViewModel> choices, String saveAs, String baseName,
               String work, Writer writer) {
        Workspace w = session.workspace();
        DossierViewModel vm = choices.apply(w);
        vm.refresh();
        boolean go = dossierDialogs.askDossier(vm);
        vm.close();
        if (!go) {
            return;
        }
        Dossiers.Options options = vm.options();
        String name = baseName + (options.profile() == null ? "" : "-pseudonymised") + ".pdf";
        dialogs.chooseExportFile(saveAs, name, lang("PDF document"), "pdf").map(PdfSteps::withPdf)
                .ifPresent(out -> runner.run(work, () -> writer.write(w, options, out), p -> offerToOpen(p, title),
                        e -> dialogs.showError(title, lang("Nothing was printed: {0}", message(e)))));
    }

    /** Says where the PDF went and that it is not encrypted, and opens it with the system's reader if asked. */
    private void offerToOpen(Dossiers.Printed p, String title) {
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
