package org.returnwatch.app;

import static org.returnwatch.i18n.Localization.lang;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.Citation;
import org.returnwatch.domain.Incident;
import org.returnwatch.store.RecordNotFoundException;
import org.returnwatch.store.StaleRecordException;
import org.returnwatch.store.Store;
import org.returnwatch.store.Transaction;

/** Reading a case's whole story and saving it, with its timeline and citations, in one transaction. */
public final class CaseEditing {
    private final Store store;

    CaseEditing(Store store) {
        this.store = store;
    }

    /** The case with everything around it; throws when it no longer exists. */
    public CaseStory open(UUID id) {
        return store.read(tx -> CaseStory.read(store, tx, id));
    }

    /** What a new case's form needs. */
    public CaseStory blank() {
        return store.read(tx -> CaseStory.blank(store, tx));
    }

    /** Writes the changes whole, or answers why not: someone saved or deleted the case meanwhile. */
    public SaveResult<Case> save(CaseChanges changes) {
        try {
            return new SaveResult.Saved<>(store.write(tx -> changes.apply(store, tx)));
        } catch (StaleRecordException | RecordNotFoundException e) {
            return store.read(tx -> conflict(tx, changes));
        }
    }

    private SaveResult<Case> conflict(Transaction tx, CaseChanges changes) {
        Case mine = changes.c();
        Case theirs = store.cases().find(tx, mine.id()).orElse(null);
        if (theirs == null) {
            return new SaveResult.Gone<>();
        }
        List<Difference> diffs = new ArrayList<>(Differences.between(mine, theirs));
        Map<UUID, Long> now = new HashMap<>();
        now.put(theirs.id(), theirs.version());
        for (UUID id : changes.versions().keySet()) {
            store.incidents().find(tx, id).map(Incident::version).ifPresent(v -> now.put(id, v));
        }
        for (Incident i : changes.toUpdate()) {
            if (!now.containsKey(i.id())) {
                diffs.add(new Difference(lang("Incident {0}", org.returnwatch.i18n.DateWords.show(i.date())),
                        lang("changed"), lang("(deleted)")));
            }
        }
        for (Citation c : changes.citationEdits()) {
            Citation stored = store.citations().find(tx, c.id()).orElse(null);
            if (stored != null) {
                now.put(c.id(), stored.version());
            }
            String own = describe(tx, c);
            String other = stored == null ? "(deleted)" : describe(tx, stored);
            if (!Objects.equals(own, other)) {
                diffs.add(new Difference("Citation", own, other));
            }
        }
        return new SaveResult.Conflict<>(theirs, diffs, now);
    }

    private String describe(Transaction tx, Citation c) {
        String source = store.sources().find(tx, c.sourceId()).map(s -> RecordItem.of(s).title())
                .orElse("(missing source)");
        return source + (c.locator() == null ? "" : ", " + c.locator()) + (c.field() == null ? "" : " (" + c.field()
                + ")");
    }
}
