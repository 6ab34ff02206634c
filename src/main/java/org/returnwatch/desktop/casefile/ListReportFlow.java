package org.returnwatch.desktop.casefile;

import static org.returnwatch.i18n.Localization.lang;
import static org.returnwatch.i18n.Localization.message;

import java.nio.file.Path;
import java.util.Optional;
import org.returnwatch.app.Dossiers;
import org.returnwatch.app.Workspace;
import org.returnwatch.desktop.dialog.DialogService;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.TaskRunner;
import org.returnwatch.domain.CaseQuery;

/**
 * File → Print list report…: the cases the case list shows under its search and filters, one row each,
 * as a PDF table; asked the way the dossier is (choices with a preview, where to save, written in the
 * background, the offer to open it).
 */
public final class ListReportFlow {
    private final Session session;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final DossierDialogs dossierDialogs;

    public ListReportFlow(Session session, TaskRunner runner, DialogService dialogs, DossierDialogs dossierDialogs) {
        this.session = session;
        this.runner = runner;
        this.dialogs = dialogs;
        this.dossierDialogs = dossierDialogs;
    }

    /**
     * @param query the case list's search, filters and sort; null when the case list is not on show
     * @param shown what the list shows, in words ("The 3 cases the list shows (1 filter)")
     */
    public void print(CaseQuery query, String shown) {
        if (!session.isUnlocked()) {
            return;
        }
        if (query == null) {
            dialogs.showInfo(lang("Print list report"), lang("Show the case list first (on the Cases screen): the list "
                    + "report prints the cases it shows, as searched and filtered there."));
            return;
        }
        Workspace w = session.workspace();
        DossierViewModel vm = DossierViewModel.forList(w, runner, query, shown);
        vm.refresh();
        boolean go = dossierDialogs.askDossier(vm);
        vm.close();
        if (!go) {
            return;
        }
        Dossiers.Options options = vm.options();
        String name = "cases-report" + (options.profile() == null ? "" : "-pseudonymised") + ".pdf";
        Optional<Path> chosen = dialogs.chooseExportFile(lang("Save the list report as PDF"), name,
                lang("PDF document"), "pdf");
        chosen.map(DossierFlow::withPdf).ifPresent(out -> runner.run(lang("printing a list report"),
                () -> w.dossiers().printList(query, options, out), p -> DossierFlow.offerToOpen(p,
                        lang("Print list report"), dialogs, dossierDialogs),
                e -> dialogs.showError(lang("Print list report"), lang("Nothing was printed: {0}", message(e)))));
    }
}
