package org.returnwatch.desktop.links;

import static org.returnwatch.i18n.Localization.lang;
import static org.returnwatch.i18n.Localization.message;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.returnwatch.app.CitationRow;
import org.returnwatch.app.LinkRow;
import org.returnwatch.app.RecordItem;
import org.returnwatch.app.Related;
import org.returnwatch.app.Workspace;
import org.returnwatch.desktop.dialog.DialogService;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.Tasks;
import org.returnwatch.domain.Citation;
import org.returnwatch.domain.Grade;
import org.returnwatch.domain.Link;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Stance;

/**
 * The links and citations of the record on screen. Links and citations are records of their
 * own, so adding or removing one on a saved record is saved at once, whatever the state of the
 * record's form. On a record not saved yet they wait, shown in the lists, for the record's Save,
 * which writes them in its transaction. Editing a citation is different: where the screen allows
 * it (a case), the edit waits for the record's Save and is written in its transaction, so that
 * Cancel can throw it away.
 */
public final class RelatedRecords {
    private final Session session;
    private final Tasks tasks;
    private final DialogService dialogs;
    private final LinkDialogs linkDialogs;
    private final ObservableList<LinkRow> links = FXCollections.observableArrayList();
    private final ObservableList<CitationRow> citations = FXCollections.observableArrayList();
    private final javafx.collections.transformation.FilteredList<CitationRow> shownCitations =
            new javafx.collections.transformation.FilteredList<>(citations);
    private final javafx.beans.property.ObjectProperty<CitationFilter> citationFilter =
            new javafx.beans.property.SimpleObjectProperty<>(this, "citationFilter", CitationFilter.ALL);
    /** Citations edited but not saved yet, by id; each keeps the version it was read at. */
    private final Map<UUID, CitationRow> edits = new LinkedHashMap<>();
    /** Links and citations added to a record not saved yet: written by its first Save. */
    private final Map<UUID, Link> pendingLinks = new LinkedHashMap<>();
    private final Map<UUID, CitationRow> pendingCitations = new LinkedHashMap<>();
    private Runnable onCitationEdited;
    private RecordKind kind;
    private UUID id;
    /** The identifier the record on screen will be saved under, while it is not saved yet. */
    private UUID unsavedId;
    private List<RecordItem> parts = List.of();
    private final javafx.beans.property.ReadOnlyBooleanWrapper waitingForSave =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "waitingForSave");

    private Runnable onChanged = () -> { };

    /** @param tasks the screen's tasks, so that its lock cancels what is under way here too */
    public RelatedRecords(Session session, Tasks tasks, DialogService dialogs, LinkDialogs linkDialogs) {
        this.session = session;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.linkDialogs = linkDialogs;
        shownCitations.predicateProperty().bind(citationFilter.map(CitationFilter::test));
    }

    /** Shows what was read for the saved record {@code recordId} (null for none). */
    public void show(RecordKind recordKind, UUID recordId, Related s) {
        kind = recordKind;
        id = recordId;
        unsavedId = null;
        waitingForSave.set(false);
        // a record read anew (opened, reloaded, cancelled, saved) has no edits waiting
        edits.clear();
        parts = List.of();
        pendingLinks.clear();
        pendingCitations.clear();
        refreshed(s);
    }

    /** The saved parts of the record links can also start from (a statistic's figures). */
    public void useParts(List<RecordItem> linkable) {
        parts = List.copyOf(linkable);
    }

    /** A record not saved yet, to be saved as {@code newId}: what is added waits for its first Save. */
    public void showUnsaved(RecordKind recordKind, UUID newId) {
        show(recordKind, null, Related.NONE);
        unsavedId = newId;
        waitingForSave.set(true);
    }

    /** True while the record is not saved yet, so that what is added waits for its Save. */
    public javafx.beans.property.ReadOnlyBooleanProperty waitingForSaveProperty() {
        return waitingForSave.getReadOnlyProperty();
    }

    /** Shows what was read after adding or removing one; citation edits not saved yet stay on screen. */
    private void refreshed(Related s) {
        links.setAll(s.links());
        Set<UUID> stillThere = new java.util.HashSet<>();
        citations.setAll(s.citations().stream().map(c -> {
            stillThere.add(c.citationId());
            return edits.getOrDefault(c.citationId(), c);
        }).toList());
        edits.keySet().retainAll(stillThere);
    }

    /** Lets citations be edited, the edit waiting for the record's Save; {@code onEdited} marks the form changed. */
    /** Called after a link or citation was written, so that the window's counts stay right. */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    public void setOnCitationEdited(Runnable onEdited) {
        this.onCitationEdited = onEdited;
    }

    public boolean citationsEditable() {
        return onCitationEdited != null;
    }

    /**
     * Asks for the citation's new source, place, field, grade and what it says. On a screen whose Save
     * carries citation edits (a case) the change waits for it; elsewhere it is saved at once.
     */
    public void editCitation(CitationRow row, List<RecordItem> sources) {
        if (row == null || !citations.contains(row)) {
            return;
        }
        linkDialogs.editCitation(row, sources).ifPresent(e -> editCitation(row, e));
    }

    /** Changes a citation: on screen until Save where the screen allows it, else in the database at once. */
    public void editCitation(CitationRow row, LinkDialogs.CitationEdit e) {
        if (e.source() == null || !citations.contains(row)) {
            return;
        }
        // the version stays the one read: the save is refused if the citation changed meanwhile
        CitationRow changed = new CitationRow(row.citationId(), row.version(), blankToNull(e.field()),
                blankToNull(e.locator()), e.source(), row.note(), e.grade(), e.stance(), blankToNull(e.claimant()));
        if (changed.equals(row)) {
            return;
        }
        if (pendingCitations.containsKey(row.citationId())) {
            pendingCitations.put(row.citationId(), changed);
            citations.set(citations.indexOf(row), changed);
            changedBeforeSave();
        } else if (citationsEditable()) {
            edits.put(row.citationId(), changed);
            citations.set(citations.indexOf(row), changed);
            onCitationEdited.run();
        } else {
            Citation c = citation(changed, row.version(), id);
            change(lang("changing a citation"), w -> w.links().updateCitation(c));
        }
    }

    private Citation citation(CitationRow r, long version, UUID recordId) {
        return new Citation(r.citationId(), null, version, kind, recordId, r.field(), r.source().id(), r.locator(),
                r.note(), r.grade(), r.stance(), r.claimant());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The edited citations as the record's Save writes them. */
    public List<Citation> editedCitations() {
        return edits.values().stream().map(r -> citation(r, r.version(), id)).toList();
    }

    public List<CitationRow> editedRows() {
        return List.copyOf(edits.values());
    }

    /** After the user chose to keep their version: the edits now build on the versions stored meanwhile. */
    public void rebaseCitations(Map<UUID, Long> current) {
        edits.replaceAll((cid, r) -> new CitationRow(cid, current.getOrDefault(cid, r.version()), r.field(),
                r.locator(), r.source(), r.note(), r.grade(), r.stance(), r.claimant()));
    }

    public boolean hasRecord() {
        return id != null;
    }

    /** True when links and citations can be added: to a saved record, or to a new one until its Save. */
    public boolean canAdd() {
        return id != null || unsavedId != null;
    }

    /** The record links start from: the saved one, or the one not saved yet. */
    public UUID recordId() {
        return id != null ? id : unsavedId;
    }

    public void addLink(LinkPickerViewModel.Choice choice) {
        if (!canAdd()) {
            return;
        }
        RecordItem from = choice.from();
        Link link = new Link(UUID.randomUUID(), null, 0, from == null ? kind : from.kind(),
                from == null ? recordId() : from.id(), choice.target().kind(), choice.target().id(), choice.relation(),
                choice.note());
        if (id == null) {
            pendingLinks.put(link.id(), link);
            links.add(new LinkRow(link.id(), 0, org.returnwatch.i18n.Localization.label(link.relation()),
                    choice.target(), link.note()));
            changedBeforeSave();
            return;
        }
        UUID recordId = id;
        change("linking", w -> w.links().addLink(recordId, link));
    }

    public void removeLink(LinkRow row) {
        if (pendingLinks.remove(row.linkId()) != null) {
            links.remove(row);
            return;
        }
        UUID recordId = id;
        change(lang("removing a link"), w -> w.links().removeLink(recordId, row));
    }

    public void addCitation(RecordItem source, String field, String locator) {
        addCitation(source, field, locator, null);
    }

    /** A citation of {@code source} supporting the record, graded or not. */
    public void addCitation(RecordItem source, String field, String locator, Grade grade) {
        if (!canAdd() || source == null) {
            return;
        }
        Citation c = new Citation(UUID.randomUUID(), null, 0, kind, recordId(), field, source.id(), locator, null,
                grade, Stance.SUPPORTS, null);
        if (id == null) {
            CitationRow row = new CitationRow(c.id(), 0, c.field(), c.locator(), source, null, c.grade(), c.stance(),
                    null);
            pendingCitations.put(c.id(), row);
            citations.add(row);
            changedBeforeSave();
            return;
        }
        change(lang("adding a citation"), w -> w.links().addCitation(c));
    }

    public void removeCitation(CitationRow row) {
        if (pendingCitations.remove(row.citationId()) != null) {
            citations.remove(row);
            return;
        }
        UUID recordId = id;
        change(lang("removing a citation"), w -> w.links().removeCitation(recordId, row));
    }

    private void changedBeforeSave() {
        if (onCitationEdited != null) {
            onCitationEdited.run();
        }
    }

    /** The links added before the record's first Save, which that Save writes after the record. */
    public List<Link> pendingLinks() {
        return List.copyOf(pendingLinks.values());
    }

    /** The citations added before the record's first Save, which that Save writes after the record. */
    public List<Citation> pendingCitations() {
        return pendingCitations.values().stream().map(r -> citation(r, 0, unsavedId)).toList();
    }

    private interface Change {
        Related apply(Workspace workspace);
    }

    private void change(String what, Change change) {
        Workspace w = session.workspace();
        UUID recordId = id;
        tasks.run(what, () -> change.apply(w), s -> {
            if (recordId.equals(id)) {
                refreshed(s);
            }
            onChanged.run();
        }, e -> dialogs.showError(lang("Links and citations"), message(e)));
    }

    /** Asks for a record to link to, with the picker; the link is made if the user chooses one. */
    public void pickAndLink() {
        if (!canAdd()) {
            dialogs.showInfo(lang("Link"), lang("Open a record first, then link it."));
            return;
        }
        LinkPickerViewModel picker = new LinkPickerViewModel(session, tasks.runner(), recordId(), parts);
        picker.search();
        linkDialogs.pickLink(picker).ifPresent(this::addLink);
    }

    public ObservableList<LinkRow> links() {
        return links;
    }

    public ObservableList<CitationRow> citations() {
        return citations;
    }

    /** The citations the filter lets through, as the table lists them. */
    public ObservableList<CitationRow> shownCitations() {
        return shownCitations;
    }

    public javafx.beans.property.ObjectProperty<CitationFilter> citationFilterProperty() {
        return citationFilter;
    }
}
