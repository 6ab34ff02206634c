package org.returnwatch.desktop.casefile;

import static org.returnwatch.i18n.Localization.lang;

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
    private final PdfSteps steps;

    public ListReportFlow(Session session, TaskRunner runner, DialogService dialogs, DossierDialogs dossierDialogs) {
        this.session = session;
        this.runner = runner;
        this.dialogs = dialogs;
        this.steps = new PdfSteps(session, runner, dialogs, dossierDialogs);
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
        steps.print(lang("Print list report"), w -> DossierViewModel.forList(w, runner, query, shown),
                lang("Save the list report as PDF"), "cases-report", lang("printing a list report"),
                (w, options, out) -> w.dossiers().printList(query, options, out));
    }
}
