package org.returnwatch.app;

import static org.returnwatch.i18n.Phrase.phrase;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.returnwatch.domain.Actor;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;
import org.returnwatch.store.Merges;
import org.returnwatch.store.RecordNotFoundException;
import org.returnwatch.store.RecordRepository;
import org.returnwatch.store.RecordUsage;
import org.returnwatch.store.StaleRecordException;
import org.returnwatch.store.Store;
import org.returnwatch.store.Transaction;

/**
 * Merging one case or actor (the removed record) into another (the kept record), in one transaction:
 * the kept record takes the chosen value of each field; incidents, links and citations of the
 * removed record move to it; the removed record's reference becomes one of the kept record's (it
 * still finds it, `show` says where it went, an import naming it resolves to the kept record). What
 * the merge changed is kept, so that it can be undone while the kept record is unchanged since.
 */
public final class Merging {
    /** For each differing field: the kept record's value, the removed one's, or both. */
    public enum Choice { KEPT, REMOVED, BOTH }

    /**
     * A field the two records disagree on, side by side, with the choice made if the user makes none;
     * {@code bothAllowed} is false for a field that holds one value (a country, a kind).
     */
    public record FieldDifference(String field, String label, String kept, String removed, Choice proposed,
                                  boolean bothAllowed) {
    }

    /**
     * A merge as the user is shown it before saying yes: both records at the versions read, the fields
     * they differ on, and how much of the removed record moves to the kept one.
     */
    public record Preview(RecordItem kept, long keptVersion, RecordItem removed, long removedVersion,
                          List<FieldDifference> differences, int incidents, int links, int citations, int files,
                          int followUps) {
        public Preview {
            differences = List.copyOf(differences);
        }
    }

    /** A merge refused because one of the records changed or went since the user saw them; nothing was written. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** What a merge did: the kept record as saved, and how many rows moved to it. */
    public record Result(DomainRecord kept, Reference removed, int incidents, int links, int citations) {
    }

    /** Where a merged reference went. */
    public record MergedInto(Reference removed, RecordItem kept, OffsetDateTime when) {
    }

    /** What an undo needs, kept as JSON with the merge. */
    record UndoData(Case keptCase, Actor keptActor, Case removedCase, Actor removedActor, Merges.Moved moved) {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .findAndRegisterModules();

    private final Store store;

    Merging(Store store) {
        this.store = store;
    }

    /** The two records' differing fields, for the side-by-side choice. */
    public List<FieldDifference> differences(RecordKind kind, UUID keptId, UUID removedId) {
        return store.read(tx -> MergeChoices.differences(get(tx, kind, keptId), get(tx, kind, removedId)));
    }

    /** What merging {@code removedId} into {@code keptId} would do, read in one transaction. */
    public Preview preview(RecordKind kind, UUID keptId, UUID removedId) {
        if (keptId.equals(removedId)) {
            throw new IllegalArgumentException("a record cannot be merged into itself");
        }
        return store.read(tx -> {
            DomainRecord kept = get(tx, kind, keptId);
            DomainRecord removed = get(tx, kind, removedId);
            boolean isCase = kind == RecordKind.CASE;
            int incidents = isCase ? store.incidents().forCase(tx, removedId).size()
                    : new RecordUsage(store.incidents()).incidentsByPerpetrator(tx, removedId).size();
            // a link between the two would tie the kept record to itself: it is taken out, not moved
            int links = (int) store.links().touching(tx, removedId).stream()
                    .filter(l -> !l.fromId().equals(keptId) && !l.toId().equals(keptId)).count();
            return new Preview(RecordItem.of(kept), kept.version(), RecordItem.of(removed), removed.version(),
                    MergeChoices.differences(kept, removed), incidents, links,
                    store.citations().forRecord(tx, removedId).size(), store.attachments().forRecord(tx, removedId)
                            .size(),
                    isCase ? store.followUps().forCase(tx, removedId).size() : 0);
        });
    }

    /**
     * Merges as {@code seen} showed it: refused with {@link Refused}, in words for the user, when either
     * record was changed or deleted meanwhile.
     */
    public Result merge(Preview seen, Map<String, Choice> choices) {
        try {
            return merge(seen.kept().kind(), seen.kept().id(), seen.keptVersion(), seen.removed().id(),
                    seen.removedVersion(), choices);
        } catch (StaleRecordException e) {
            throw new Refused(e.ref() + " was changed elsewhere after the merge was prepared, so nothing was merged. "
                    + "Look at both records again before merging them.", e);
        } catch (RecordNotFoundException e) {
            throw new Refused("One of the two records was deleted elsewhere after the merge was prepared, so nothing "
                    + "was merged.", e);
        }
    }

    /**
     * Merges {@code removedId} into {@code keptId}, both as the user saw them (at these versions: a record
     * changed meanwhile refuses the merge with {@link StaleRecordException} and changes nothing).
     */
    public Result merge(RecordKind kind, UUID keptId, long keptVersion, UUID removedId, long removedVersion,
                        Map<String, Choice> choices) {
        if (keptId.equals(removedId)) {
            throw new IllegalArgumentException("a record cannot be merged into itself");
        }
        return store.write(tx -> {
            DomainRecord kept = current(tx, kind, keptId, keptVersion);
            DomainRecord removed = current(tx, kind, removedId, removedVersion);
            tx.origin(org.returnwatch.store.ChangeOrigin.MERGE, "merge of " + removed.ref() + " into " + kept.ref());
            DomainRecord merged = MergeChoices.merged(kept, removed, choices);
            Merges.Moved moved = store.merges().moveAll(tx, kind, removedId, keptId);
            repo(kind).delete(tx, removedId, removedVersion);
            UndoData undo = kind == RecordKind.CASE
                    ? new UndoData((Case) kept, null, (Case) removed, null, moved)
                    : new UndoData(null, (Actor) kept, null, (Actor) removed, moved);
            store.merges().record(tx, new Merges.Merged(kind, removedId, removed.ref(), keptId, keptVersion + 1,
                    OffsetDateTime.now(ZoneOffset.UTC), write(undo)));
            DomainRecord saved = repo(kind).update(tx, merged);
            return new Result(saved, removed.ref(), moved.incidents().size(),
                    moved.linksFrom().size() + moved.linksTo().size(), moved.citations().size());
        });
    }

    /** Where the record with this reference went, if it was merged into another. */
    public Optional<MergedInto> mergedInto(Reference ref) {
        return store.read(tx -> store.merges().ofReference(tx, ref).flatMap(m -> store.find(tx, m.kind(), m.keptId())
                .map(k -> new MergedInto(ref, RecordItem.of(k), m.mergedAt()))));
    }

    /**
     * Undoes the merge that removed the record with this reference: it comes back with its own
     * reference, fields, incidents, links and citations, and the kept record as it was before. Refused
     * when the kept record changed since (edited, or another record merged into it).
     */
    public DomainRecord undo(Reference removedRef) {
        return store.write(tx -> {
            Merges.Merged m = store.merges().ofReference(tx, removedRef)
                    .orElseThrow(() -> new IllegalArgumentException(removedRef
                            + " was not merged into another record"));
            DomainRecord kept = store.find(tx, m.kind(), m.keptId()).orElseThrow(() -> new RecordNotFoundException(
                    phrase("the record {0} was merged into no longer exists; the merge cannot be undone",
                            removedRef)));
            if (kept.version() != m.keptVersion()) {
                throw new IllegalStateException(kept.ref() + " has changed since " + removedRef + " was merged into it "
                        + "(edited, or another record merged into it); the merge can no longer be undone");
            }
            UndoData undo = read(m.undoData());
            tx.origin(org.returnwatch.store.ChangeOrigin.MERGE, "undo of the merge of " + removedRef + " into "
                    + kept.ref());
            store.merges().forget(tx, m.oldId());
            DomainRecord restored = m.kind() == RecordKind.CASE
                    ? store.cases().insert(tx, undo.removedCase())
                    : store.actors().insert(tx, undo.removedActor());
            store.merges().moveBack(tx, m.kind(), undo.moved(), m.oldId(), m.keptId());
            if (m.kind() == RecordKind.CASE) {
                store.cases().update(tx, undo.keptCase().withStored(kept.ref(), kept.version()));
            } else {
                store.actors().update(tx, undo.keptActor().withStored(kept.ref(), kept.version()));
            }
            return restored;
        });
    }

    private DomainRecord current(Transaction tx, RecordKind kind, UUID id, long version) {
        DomainRecord r = get(tx, kind, id);
        if (r.version() != version) {
            throw new StaleRecordException(r.ref(), version, r.version());
        }
        return r;
    }

    private DomainRecord get(Transaction tx, RecordKind kind, UUID id) {
        if (kind != RecordKind.CASE && kind != RecordKind.ACTOR) {
            throw new IllegalArgumentException("only cases and actors are merged, not " + kind.plural());
        }
        return store.find(tx, kind, id).orElseThrow(() -> new RecordNotFoundException(
                phrase("the record to merge no longer exists; it was deleted elsewhere")));
    }

    @SuppressWarnings("unchecked")
    private RecordRepository<DomainRecord> repo(RecordKind kind) {
        return (RecordRepository<DomainRecord>) store.repository(kind);
    }

    private static String write(UndoData d) {
        try {
            return JSON.writeValueAsString(d);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot record the merge", e);
        }
    }

    private static UndoData read(String json) {
        try {
            return JSON.readValue(json, UndoData.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the record of this merge cannot be read; it cannot be undone", e);
        }
    }
}
