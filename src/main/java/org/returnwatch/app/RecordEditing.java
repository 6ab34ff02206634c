package org.returnwatch.app;

import static org.returnwatch.i18n.Phrase.phrase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.store.RecordNotFoundException;
import org.returnwatch.store.RecordRepository;
import org.returnwatch.store.StaleRecordException;
import org.returnwatch.store.Store;
import org.returnwatch.store.Transaction;

/** Reading and saving agreements, statistics, sources and actors, each with what hangs off it. */
public final class RecordEditing {
    private final Store store;

    RecordEditing(Store store) {
        this.store = store;
    }

    /** The record with its links and citations; throws when it no longer exists. */
    public <T extends DomainRecord> RecordStory<T> open(RecordKind kind, UUID id) {
        return store.read(tx -> new RecordStory<>(this.<T>repo(kind).find(tx, id).orElseThrow(() ->
                new RecordNotFoundException(phrase("the {0} no longer exists; it was deleted elsewhere",
                        RecordItem.kindWord(kind)))), Linking.read(store, tx, id), CaseStory.sources(store, tx),
                SourceDates.read(store, tx)));
    }

    /** A new record's form: nothing linked yet, and the sources its rows can name. */
    public <T extends DomainRecord> RecordStory<T> prepareNew(T blank) {
        return store.read(tx -> RecordStory.unsaved(blank, CaseStory.sources(store, tx), SourceDates.read(store, tx)));
    }

    /** Writes the changes whole, or answers why not: someone saved or deleted the record meanwhile. */
    public <T extends DomainRecord> SaveResult<T> save(RecordChanges<T> changes) {
        try {
            return new SaveResult.Saved<>(store.write(tx -> apply(tx, changes)));
        } catch (StaleRecordException | RecordNotFoundException e) {
            return store.read(tx -> conflict(tx, changes));
        }
    }

    private <T extends DomainRecord> T apply(Transaction tx, RecordChanges<T> ch) {
        RecordRepository<T> repo = repo(ch.record().kind());
        T saved = ch.isNew() ? repo.insert(tx, ch.record()) : repo.update(tx, ch.record());
        ChildChanges kids = ch.children();
        for (DomainRecord gone : kids.removed()) {
            if (repo(gone.kind()).exists(tx, gone.id())) {
                repo(gone.kind()).delete(tx, gone.id(), gone.version());
            }
        }
        kids.added().forEach(r -> insert(tx, r));
        for (DomainRecord r : kids.changed()) {
            if (repo(r.kind()).exists(tx, r.id())) {
                repo(r.kind()).update(tx, r);
            } else {
                insert(tx, r);
            }
        }
        for (DomainRecord r : kids.unchanged()) {
            if (!repo(r.kind()).exists(tx, r.id())) {
                insert(tx, r);
            }
        }
        ch.newLinks().forEach(l -> store.links().insert(tx, l));
        ch.newCitations().forEach(c -> store.citations().insert(tx, c));
        return saved;
    }

    /** A row put back or added gets the next free reference code, whatever it had. */
    private void insert(Transaction tx, DomainRecord r) {
        RecordRepository<DomainRecord> repo = repo(r.kind());
        repo.insert(tx, r.ref() == null ? r : repo.withoutRef(r));
    }

    private <T extends DomainRecord> SaveResult<T> conflict(Transaction tx, RecordChanges<T> ch) {
        T mine = ch.record();
        Optional<T> stored = this.<T>repo(mine.kind()).find(tx, mine.id());
        if (stored.isEmpty()) {
            return new SaveResult.Gone<>();
        }
        T theirs = stored.get();
        List<Difference> diffs = new ArrayList<>(Differences.between(mine, theirs));
        Map<UUID, Long> now = new HashMap<>();
        now.put(theirs.id(), theirs.version());
        List<DomainRecord> read = new ArrayList<>(ch.children().removed());
        read.addAll(ch.children().changed());
        for (DomainRecord child : read) {
            Optional<DomainRecord> current = repo(child.kind()).find(tx, child.id());
            current.ifPresent(c -> now.put(c.id(), c.version()));
            if (current.isPresent() && current.get().version() != child.version()) {
                diffs.add(new Difference(RecordItem.of(child).title(), "(your version)",
                        RecordItem.of(current.get()).title()));
            }
        }
        return new SaveResult.Conflict<>(theirs, diffs, now);
    }

    @SuppressWarnings("unchecked")
    private <T extends DomainRecord> RecordRepository<T> repo(RecordKind kind) {
        return (RecordRepository<T>) store.repository(kind);
    }
}
