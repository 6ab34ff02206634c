package org.returnwatch.desktop.casefile;

import static org.returnwatch.i18n.Localization.lang;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import org.returnwatch.desktop.dialog.DialogService;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.TaskRunner;
import org.returnwatch.domain.RecordKind;

/**
 * What the case screen holds beside the case's fields, all stored at once rather than with Save:
 * the case's evidence files, those of the incident selected, and the case's follow-ups.
 */
public final class CaseWork {
    private final AttachmentsViewModel caseFiles;
    private final AttachmentsViewModel incidentFiles;
    private final FollowUpsViewModel followUps;

    public CaseWork(Session session, TaskRunner runner, DialogService dialogs, Supplier<LocalDate> today) {
        caseFiles = new AttachmentsViewModel(session, runner, dialogs);
        incidentFiles = new AttachmentsViewModel(session, runner, dialogs);
        followUps = new FollowUpsViewModel(session, runner, today);
        incident(null, false);
    }

    /** A stored case was opened. */
    public void show(UUID caseId) {
        caseFiles.show(RecordKind.CASE, caseId);
        followUps.show(caseId);
        incident(null, false);
    }

    /** A new case, or a copy, not saved yet. */
    public void showUnsaved() {
        caseFiles.showUnsaved("case");
        followUps.showUnsaved();
        incident(null, false);
    }

    /**
     * The incident selected in the timeline, if any.
     *
     * @param stored false for an incident added since the case was last saved
     */
    public void incident(UUID incidentId, boolean stored) {
        if (incidentId == null) {
            incidentFiles.showUnavailable(lang("Choose an incident in the timeline to see its files."));
        } else if (stored) {
            incidentFiles.show(RecordKind.INCIDENT, incidentId);
        } else {
            incidentFiles.showUnavailable(lang(
                    "Save the case first; then files can be attached to this new incident."));
        }
    }

    /** Where a deleted file's undo goes: Edit → Undo of the window. */
    public void useUndo(java.util.function.Consumer<org.returnwatch.desktop.shell.RecordDeleter.Undo> offer) {
        caseFiles.useUndo(offer);
        incidentFiles.useUndo(offer);
    }

    public void forget() {
        caseFiles.forget();
        incidentFiles.forget();
        followUps.forget();
    }

    public AttachmentsViewModel caseFiles() {
        return caseFiles;
    }

    public AttachmentsViewModel incidentFiles() {
        return incidentFiles;
    }

    public FollowUpsViewModel followUps() {
        return followUps;
    }
}
