package org.returnwatch.exchange;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.Reference;
import org.returnwatch.domain.Tactic;
import org.returnwatch.store.Store;
import org.returnwatch.store.StoreException;

/** The JSON document of docs/json-format.md: export of a whole database, and import all-or-nothing. */
public final class JsonExchange {
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    public ObjectMapper mapper() {
        return mapper;
    }

    /** The whole database as one document. */
    public ObjectNode exportDocument(Store store) {
        return store.read(tx -> {
            List<? extends DomainRecord> sources = store.sources().all(tx);
            List<? extends DomainRecord> actors = store.actors().all(tx);
            List<? extends DomainRecord> cases = store.cases().all(tx);
            List<? extends DomainRecord> incidents = store.incidents().all(tx);
            List<? extends DomainRecord> agreements = store.agreements().all(tx);
            var series = store.series().all(tx);
            List<? extends DomainRecord> citations = store.citations().all(tx);
            List<? extends DomainRecord> links = store.links().all(tx);
            Map<UUID, Reference> refs = new HashMap<>();
            for (List<? extends DomainRecord> list : List.of(sources, actors, cases, incidents, agreements, series,
                    citations, links)) {
                list.forEach(r -> refs.put(r.id(), r.ref()));
            }
            series.forEach(s -> s.points().forEach(p -> refs.put(p.id(), p.ref())));
            RecordWriter writer = new RecordWriter(mapper, refs);
            ObjectNode doc = mapper.createObjectNode();
            doc.put("format", JsonDocumentParser.FORMAT);
            doc.put("formatVersion", JsonDocumentParser.FORMAT_VERSION);
            ArrayNode tactics = doc.putArray("tactics");
            for (Tactic t : store.tactics().all(tx)) {
                tactics.addObject().put("code", t.code()).put("label", t.label());
            }
            addAll(doc, "sources", sources, writer);
            addAll(doc, "actors", actors, writer);
            addAll(doc, "cases", cases, writer);
            addAll(doc, "incidents", incidents, writer);
            addAll(doc, "agreements", agreements, writer);
            addAll(doc, "series", series, writer);
            addAll(doc, "citations", citations, writer);
            addAll(doc, "links", links, writer);
            return doc;
        });
    }

    private static void addAll(ObjectNode doc, String name, List<? extends DomainRecord> records, RecordWriter w) {
        ArrayNode a = doc.putArray(name);
        records.forEach(r -> a.add(w.write(r)));
    }

    /** Writes the export to a temporary file beside {@code out} and moves it into place, so a failure leaves no half file. */
    public void exportTo(Store store, Path out) {
        ObjectNode doc = exportDocument(store);
        Path tmp = out.toAbsolutePath().resolveSibling(out.getFileName() + ".part");
        try {
            try (OutputStream os = Files.newOutputStream(tmp)) {
                mapper.writeValue(os, doc);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the original failure is the one to report
            }
            throw new StoreException("cannot write " + out + ": " + e.getMessage());
        }
    }

    /** Reads and checks a document against the database without writing anything. */
    public ImportBatch check(Store store, InputStream in, String fileName) {
        Map<String, List<Located>> doc = new JsonDocumentParser(mapper).parse(in, fileName);
        return store.read(tx -> {
            Set<String> tactics = new HashSet<>();
            for (Tactic t : store.tactics().all(tx)) {
                tactics.add(t.code());
            }
            RefResolver refs = new RefResolver(ref -> store.findByRef(tx, ref).map(DomainRecord::id));
            RecordReader reader = new RecordReader(fileName, refs, tactics);
            ImportBatch batch = reader.read(doc);
            if (!reader.problems().isEmpty()) {
                throw new ImportRejectedException(reader.problems());
            }
            return batch;
        });
    }

    public ImportBatch check(Store store, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return check(store, in, file.toString());
        } catch (IOException e) {
            throw new ImportRejectedException(List.of(new Problem(file.toString(), 0, null,
                    "cannot be read (" + e.getClass().getSimpleName() + ")")));
        }
    }

    /** Checks, then writes everything in one transaction; on any failure nothing is written. */
    public ImportBatch importFile(Store store, Path file) {
        ImportBatch batch = check(store, file);
        new BatchWriter(store).write(batch);
        return batch;
    }

    public ImportBatch importStream(Store store, InputStream in, String name) {
        ImportBatch batch = check(store, in, name);
        new BatchWriter(store).write(batch);
        return batch;
    }
}
