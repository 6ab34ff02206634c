package org.returnwatch.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.returnwatch.domain.Actor;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.exchange.ImportBatch;
import org.returnwatch.names.DuplicateFinder;
import org.returnwatch.names.Person;
import org.returnwatch.names.PersonMatcher;
import org.returnwatch.store.People;
import org.returnwatch.store.Store;
import org.returnwatch.store.Transaction;

/**
 * Likely duplicates among cases or actors: over the whole database (the "Possible duplicates"
 * view, the {@code duplicates} command), of one record (on saving), and of what an import would add.
 * Each pair comes with its score and the reasons in words. A pair marked "not the same person" is
 * never proposed again.
 */
public final class Duplicates {
    /** The score from which a pair is proposed unless the caller asks otherwise. */
    public static final int DEFAULT_MIN_SCORE = PersonMatcher.PROPOSED;

    /** Two records that may be one person; {@code first} is the one asked about when there is one. */
    public record Pair(RecordItem first, RecordItem second, int score, List<String> reasons) {
        public Pair {
            reasons = List.copyOf(reasons);
        }

        /** "same name in characters; pinyin matches; both in Toronto". */
        public String explanation() {
            return String.join("; ", reasons);
        }
    }

    private final Store store;

    Duplicates(Store store) {
        this.store = store;
    }

    /** Every likely pair of records of a kind (cases or actors), best first. */
    public List<Pair> all(RecordKind kind, int minScore) {
        return store.read(tx -> {
            Set<String> distinct = store.people().distinctPairs(tx);
            List<DuplicateFinder.Pair> found = DuplicateFinder.among(store.people().all(tx, kind), minScore,
                    (a, b) -> distinct.contains(People.pairKey(a, b)));
            return items(tx, kind, found, null);
        });
    }

    /** The stored records that may be the same person as the stored record {@code id}. */
    public List<Pair> of(RecordKind kind, UUID id, int minScore) {
        DomainRecord rec = store.read(tx -> store.find(tx, kind, id))
                .orElseThrow(() -> new IllegalArgumentException("no such record"));
        return forDraft(rec, minScore);
    }

    /** For a case or actor being saved (or not yet stored): the stored records it may duplicate. */
    public List<Pair> forDraft(DomainRecord draft, int minScore) {
        Person p = person(draft);
        return store.read(tx -> {
            Set<String> distinct = store.people().distinctPairs(tx);
            List<Person> candidates = store.people().withWords(tx, draft.kind(), DuplicateFinder.lookupWords(p));
            List<DuplicateFinder.Pair> found = DuplicateFinder.of(p, candidates, minScore,
                    (a, b) -> distinct.contains(People.pairKey(a, b)));
            return items(tx, draft.kind(), found, draft);
        });
    }

    /**
     * What an import would bring in that may duplicate a record already stored, or another record of
     * the same file: checked on the records the file adds, not on those it updates.
     */
    public List<Pair> inImport(ImportBatch batch, int minScore) {
        List<Pair> out = new ArrayList<>();
        for (RecordKind kind : List.of(RecordKind.CASE, RecordKind.ACTOR)) {
            List<? extends DomainRecord> records = kind == RecordKind.CASE ? batch.cases() : batch.actors();
            List<DomainRecord> added = store.read(tx -> {
                List<DomainRecord> fresh = new ArrayList<>();
                for (DomainRecord r : records) {
                    if (!store.repository(kind).exists(tx, r.id())) {
                        fresh.add(r);
                    }
                }
                return fresh;
            });
            for (DomainRecord r : added) {
                out.addAll(forDraft(r, minScore));
            }
            Map<UUID, DomainRecord> byId = new HashMap<>();
            added.forEach(r -> byId.put(r.id(), r));
            for (DuplicateFinder.Pair p : DuplicateFinder.among(added.stream().map(Duplicates::person).toList(),
                    minScore, (a, b) -> false)) {
                out.add(new Pair(RecordItem.of(byId.get(p.first())), RecordItem.of(byId.get(p.second())),
                        p.likeness().score(), p.likeness().reasons()));
            }
        }
        return out;
    }

    /** Marks two records as different people, so that they are not proposed as duplicates again. */
    public void markDistinct(RecordKind kind, UUID a, UUID b) {
        store.write(tx -> {
            store.people().markDistinct(tx, kind, a, b);
            return null;
        });
    }

    static Person person(DomainRecord r) {
        if (r instanceof Case c) {
            return new Person(c.id(), c.name(), c.nativeName(), c.aliases(), c.residenceCity(), c.residenceCountry(),
                    c.role());
        }
        if (r instanceof Actor a) {
            return new Person(a.id(), a.name(), a.nativeName(), List.of(), null, a.country(), null);
        }
        throw new IllegalArgumentException("only cases and actors can have duplicates, not " + r.kind().plural());
    }

    private List<Pair> items(Transaction tx, RecordKind kind, List<DuplicateFinder.Pair> found, DomainRecord asked) {
        List<Pair> out = new ArrayList<>();
        for (DuplicateFinder.Pair p : found) {
            RecordItem a = item(tx, kind, p.first(), asked);
            RecordItem b = item(tx, kind, p.second(), asked);
            boolean swap = asked != null && b.id().equals(asked.id());
            out.add(new Pair(swap ? b : a, swap ? a : b, p.likeness().score(), p.likeness().reasons()));
        }
        return out;
    }

    private RecordItem item(Transaction tx, RecordKind kind, UUID id, DomainRecord asked) {
        if (asked != null && asked.id().equals(id)) {
            return RecordItem.of(asked);
        }
        return RecordItem.of(store.find(tx, kind, id).orElseThrow());
    }
}
