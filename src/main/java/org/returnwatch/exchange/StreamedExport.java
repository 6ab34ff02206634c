package org.returnwatch.exchange;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;
import org.returnwatch.domain.Series;
import org.returnwatch.domain.Tactic;
import org.returnwatch.store.Store;
import org.returnwatch.store.Transaction;

/**
 * The whole database as one JSON document, written record by record while it is read a page at a
 * time (in one transaction, so the records agree with each other): a million cases never have to
 * fit in memory at once. Each kind is written in reference order. The reference codes a page points
 * to (an incident's case, a citation's source) are looked up for that page alone.
 */
final class StreamedExport {
    /** Reads one page of records of one kind; the store's repositories, or a stand-in that counts. */
    interface Pages {
        List<? extends DomainRecord> after(Transaction tx, RecordKind kind, int afterNumber, int limit);
    }

    static final int PAGE = 500;
    /** The kinds in the order of the document (docs/json-format.md); points are written inside their series. */
    private static final List<RecordKind> ORDER = List.of(RecordKind.SOURCE, RecordKind.ACTOR, RecordKind.CASE,
            RecordKind.INCIDENT, RecordKind.AGREEMENT, RecordKind.SERIES, RecordKind.CITATION, RecordKind.LINK);

    private final ObjectMapper mapper;
    private final Pages pages;
    private final int pageSize;

    StreamedExport(ObjectMapper mapper, Store store) {
        this(mapper, (tx, kind, after, limit) -> store.repository(kind).after(tx, after, limit), PAGE);
    }

    StreamedExport(ObjectMapper mapper, Pages pages, int pageSize) {
        this.mapper = mapper;
        this.pages = pages;
        this.pageSize = pageSize;
    }

    /** How many records an export of the whole database writes, points included (for its progress). */
    static long size(Store store, Transaction tx) {
        long n = 0;
        for (RecordKind k : ORDER) {
            n += store.repository(k).count(tx, null);
        }
        return n + store.repository(RecordKind.DATA_POINT).count(tx, null);
    }

    void write(Store store, Transaction tx, OutputStream os, ProgressCounter ticker)
            throws IOException {
        try (JsonGenerator g = mapper.getFactory().createGenerator(os)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", JsonDocumentParser.FORMAT);
            g.writeNumberField("formatVersion", JsonDocumentParser.FORMAT_VERSION);
            g.writeArrayFieldStart("tactics");
            for (Tactic t : store.tactics().all(tx)) {
                g.writeStartObject();
                g.writeStringField("code", t.code());
                g.writeStringField("label", t.label());
                g.writeEndObject();
            }
            g.writeEndArray();
            for (RecordKind kind : ORDER) {
                g.writeArrayFieldStart(kind.plural());
                writeKind(store, tx, kind, g, ticker);
                g.writeEndArray();
            }
            g.writeEndObject();
        }
    }

    private void writeKind(Store store, Transaction tx, RecordKind kind, JsonGenerator g, ProgressCounter ticker)
            throws IOException {
        int after = 0;
        while (true) {
            List<? extends DomainRecord> page = pages.after(tx, kind, after, pageSize);
            if (page.isEmpty()) {
                return;
            }
            RecordWriter writer = new RecordWriter(mapper, references(store, tx, page));
            for (DomainRecord r : page) {
                ticker.tick(r instanceof Series s ? 1 + s.points().size() : 1);
                mapper.writeTree(g, writer.write(r));
            }
            g.flush();
            after = page.get(page.size() - 1).ref().number();
        }
    }

    /**
     * The reference codes a page points to: each record is written once into nothing with a map that
     * notes what it asks for, then those identifiers are looked up together.
     */
    private Map<UUID, Reference> references(Store store, Transaction tx, List<? extends DomainRecord> page) {
        Set<UUID> wanted = new HashSet<>();
        Map<UUID, Reference> noting = new HashMap<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public Reference get(Object key) {
                wanted.add((UUID) key);
                return null;
            }

            @Override
            public boolean containsKey(Object key) {
                wanted.add((UUID) key);
                return false;
            }
        };
        RecordWriter probe = new RecordWriter(mapper, noting);
        Map<UUID, Reference> refs = new HashMap<>();
        for (DomainRecord r : page) {
            probe.write(r);
            refs.put(r.id(), r.ref());
            if (r instanceof Series s) {
                s.points().forEach(p -> refs.put(p.id(), p.ref()));
            }
        }
        wanted.removeAll(refs.keySet());
        refs.putAll(store.directory().referencesOf(tx, wanted));
        return refs;
    }
}
