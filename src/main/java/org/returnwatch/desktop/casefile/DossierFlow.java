package org.returnwatch.desktop.casefile;

import static org.returnwatch.i18n.Localization.lang;

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
    private final PdfSteps steps;

    public DossierFlow(Session session, TaskRunner runner, DialogService dialogs, DossierDialogs dossierDialogs) {
        this.session = session;
        this.runner = runner;
        this.dialogs = dialogs;
        this.steps = new PdfSteps(session, runner, dialogs, dossierDialogs);
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
        steps.print(lang("Print case dossier"), w -> new DossierViewModel(w, runner, open.id(),
                        open.ref() + " " + open.displayName(), unsaved), lang("Save the dossier as PDF"),
                open.ref() + "-dossier", lang("printing a dossier"),
                (w, options, out) -> w.dossiers().printCase(open.ref(), options, out));
    }
}
