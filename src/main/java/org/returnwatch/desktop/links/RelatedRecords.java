package org.returnwatch.desktop.links;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.returnwatch.desktop.common.RecordItem;
import org.returnwatch.desktop.dialog.DialogService;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.TaskRunner;
import org.returnwatch.domain.Citation;
import org.returnwatch.domain.Link;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.store.Store;
import org.returnwatch.store.Transaction;

/**
 * The links and citations of the record on screen. Links and citations are records of their
 * own, so adding or removing one is saved at once, whatever the state of the record's form.
 * Editing a citation is different: where the screen allows it (a case), the edit waits for the
 * record's Save and is written in its transaction, so that Cancel can throw it away.
 */
public final class RelatedRecords {
    private final Session session;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final ObservableList<LinkRow> links = FXCollections.observableArrayList();
    private final ObservableList<CitationRow> citations = FXCollections.observableArrayList();
    /** Citations edited but not saved yet, by id; each keeps the version it was read at. */
    private final Map<UUID, CitationRow> edits = new LinkedHashMap<>();
    private Runnable onCitationEdited;
    private RecordKind kind;
    private UUID id;

    public RelatedRecords(Session session, TaskRunner runner, DialogService dialogs) {
        this.session = session;
        this.runner = runner;
        this.dialogs = dialogs;
    }

    /** What was read for one record; build it inside the transaction that reads the record. */
    public record Snapshot(List<LinkRow> links, List<CitationRow> citations) {
        public static final Snapshot EMPTY = new Snapshot(List.of(), List.of());
    }

    public static Snapshot read(Store store, Transaction tx, UUID id) {
        List<LinkRow> linkRows = new ArrayList<>();
        for (Link l : store.links().touching(tx, id)) {
            boolean outgoing = l.fromId().equals(id);
            RecordKind otherKind = outgoing ? l.toKind() : l.fromKind();
            UUID otherId = outgoing ? l.toId() : l.fromId();
            RecordItem other = store.find(tx, otherKind, otherId).map(RecordItem::of)
                    .orElse(new RecordItem(otherKind, otherId, null, "(missing)"));
            linkRows.add(new LinkRow(l.id(), l.version(),
                    outgoing ? l.relation().label() : l.relation().inverseLabel(), other, l.note()));
        }
        List<CitationRow> citationRows = new ArrayList<>();
        for (Citation c : store.citations().forRecord(tx, id)) {
            RecordItem source = store.sources().find(tx, c.sourceId()).map(RecordItem::of)
                    .orElse(new RecordItem(RecordKind.SOURCE, c.sourceId(), null, "(missing source)"));
            citationRows.add(new CitationRow(c.id(), c.version(), c.field(), c.locator(), source, c.note()));
        }
        return new Snapshot(linkRows, citationRows);
    }

    /** Shows what was read for the record {@code recordId} (null for a record not saved yet). */
    public void show(RecordKind recordKind, UUID recordId, Snapshot s) {
        kind = recordKind;
        id = recordId;
        // a record read anew (opened, reloaded, cancelled, saved) has no edits waiting
        edits.clear();
        refreshed(s);
    }

    /** Shows what was read after adding or removing one; citation edits not saved yet stay on screen. */
    private void refreshed(Snapshot s) {
        links.setAll(s.links());
        Set<UUID> stillThere = new java.util.HashSet<>();
        citations.setAll(s.citations().stream().map(c -> {
            stillThere.add(c.citationId());
            return edits.getOrDefault(c.citationId(), c);
        }).toList());
        edits.keySet().retainAll(stillThere);
    }

    /** Lets citations be edited, the edit waiting for the record's Save; {@code onEdited} marks the form changed. */
    public void setOnCitationEdited(Runnable onEdited) {
        this.onCitationEdited = onEdited;
    }

    public boolean citationsEditable() {
        return onCitationEdited != null;
    }

    /** Asks for the new source, field and locator of a citation, and keeps them until Save. */
    public void editCitation(CitationRow row, List<RecordItem> sources) {
        if (row == null || !citationsEditable()) {
            return;
        }
        dialogs.editCitation(row, sources).ifPresent(e -> editCitation(row, e.source(), e.field(), e.locator()));
    }

    /** Changes a citation on screen; it is written with the record's next Save. */
    public void editCitation(CitationRow row, RecordItem source, String field, String locator) {
        if (!citationsEditable() || source == null || !citations.contains(row)) {
            return;
        }
        // the version stays the one read: the save is refused if the citation changed meanwhile
        CitationRow changed = new CitationRow(row.citationId(), row.version(), blankToNull(field),
                blankToNull(locator), source, row.note());
        if (changed.equals(row)) {
            return;
        }
        edits.put(row.citationId(), changed);
        citations.set(citations.indexOf(row), changed);
        onCitationEdited.run();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The edited citations as the record's Save writes them. */
    public List<Citation> editedCitations() {
        return edits.values().stream().map(r -> new Citation(r.citationId(), null, r.version(), kind, id, r.field(),
                r.source().id(), r.locator(), r.note())).toList();
    }

    public List<CitationRow> editedRows() {
        return List.copyOf(edits.values());
    }

    /** After the user chose to keep their version: the edits now build on the versions stored meanwhile. */
    public void rebaseCitations(Map<UUID, Long> current) {
        edits.replaceAll((cid, r) -> new CitationRow(cid, current.getOrDefault(cid, r.version()), r.field(),
                r.locator(), r.source(), r.note()));
    }

    public boolean hasRecord() {
        return id != null;
    }

    public void addLink(LinkPickerViewModel.Choice choice) {
        if (id == null) {
            return;
        }
        Link link = new Link(UUID.randomUUID(), null, 0, kind, id, choice.target().kind(), choice.target().id(),
                choice.relation(), choice.note());
        change("linking", (store, tx) -> store.links().insert(tx, link));
    }

    public void removeLink(LinkRow row) {
        change("removing a link", (store, tx) -> store.links().delete(tx, row.linkId(), row.version()));
    }

    public void addCitation(RecordItem source, String field, String locator) {
        if (id == null || source == null) {
            return;
        }
        Citation c = new Citation(UUID.randomUUID(), null, 0, kind, id, field, source.id(), locator, null);
        change("adding a citation", (store, tx) -> store.citations().insert(tx, c));
    }

    public void removeCitation(CitationRow row) {
        change("removing a citation", (store, tx) -> store.citations().delete(tx, row.citationId(), row.version()));
    }

    private interface Change {
        void apply(Store store, Transaction tx);
    }

    private void change(String what, Change change) {
        Store store = session.store();
        UUID recordId = id;
        runner.run(what, () -> store.write(tx -> {
            change.apply(store, tx);
            return read(store, tx, recordId);
        }), s -> {
            if (recordId.equals(id)) {
                refreshed(s);
            }
        }, e -> dialogs.showError("Links and citations", e.getMessage()));
    }

    public ObservableList<LinkRow> links() {
        return links;
    }

    public ObservableList<CitationRow> citations() {
        return citations;
    }
}
