package org.returnwatch.exchange;

import static org.returnwatch.i18n.Phrase.phrase;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.Tactic;
import org.returnwatch.store.Store;
import org.returnwatch.work.ProgressListener;

/** The JSON document of docs/json-format.md: export of a database or a selection, and import all-or-nothing. */
public final class JsonExchange {
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    public ObjectMapper mapper() {
        return mapper;
    }

    /** The whole database as one document. */
    public ObjectNode exportDocument(Store store) {
        return document(new DatasetReader(store).read(Selection.ALL, ProgressListener.NONE), null);
    }

    /** The records of {@code d} as one document; {@code ticker} (may be null) counts the records written. */
    ObjectNode document(Dataset d, ProgressCounter ticker) {
        RecordWriter writer = new RecordWriter(mapper, d.refs());
        ObjectNode doc = mapper.createObjectNode();
        doc.put("format", JsonDocumentParser.FORMAT);
        doc.put("formatVersion", JsonDocumentParser.FORMAT_VERSION);
        ArrayNode tactics = doc.putArray("tactics");
        for (Tactic t : d.tactics()) {
            tactics.addObject().put("code", t.code()).put("label", t.label());
        }
        addAll(doc, "sources", d.sources(), writer, ticker);
        addAll(doc, "actors", d.actors(), writer, ticker);
        addAll(doc, "cases", d.cases(), writer, ticker);
        addAll(doc, "incidents", d.incidents(), writer, ticker);
        addAll(doc, "agreements", d.agreements(), writer, ticker);
        addAll(doc, "series", d.series(), writer, ticker);
        addAll(doc, "citations", d.citations(), writer, ticker);
        addAll(doc, "links", d.links(), writer, ticker);
        return doc;
    }

    private static void addAll(ObjectNode doc, String name, List<? extends DomainRecord> records, RecordWriter w,
                               ProgressCounter ticker) {
        ArrayNode a = doc.putArray(name);
        for (DomainRecord r : records) {
            if (ticker != null) {
                // a series is written with its points, and the total counts them as records
                ticker.tick(r instanceof org.returnwatch.domain.Series s ? 1 + s.points().size() : 1);
            }
            a.add(w.write(r));
        }
    }

    /**
     * Writes the whole database to {@code out} as it is read, a page at a time (never all of it in memory),
     * through a temporary file so a failure leaves no half file; returns how many records it wrote.
     */
    public long exportTo(Store store, Path out) {
        return exportTo(store, out, ProgressListener.NONE);
    }

    public long exportTo(Store store, Path out, ProgressListener listener) {
        return store.read(tx -> {
            long size = StreamedExport.size(store, tx);
            ProgressCounter ticker = new ProgressCounter(listener, size);
            OutputFiles.writeAtomically(OutputFiles.Parts.of(store.database()), out,
                    os -> new StreamedExport(mapper, store).write(store, tx, os, ticker));
            return size;
        });
    }

    /** Writes {@code d} to {@code out}; a cancel or failure leaves no file (and {@code out} as it was). */
    public void write(Dataset d, Path out, ProgressListener listener) {
        ObjectNode doc = document(d, new ProgressCounter(listener, d.size()));
        OutputFiles.writeAtomically(out, os -> mapper.writeValue(os, doc));
    }

    /** Reads and checks a document against the database without writing anything. */
    public ImportBatch check(Store store, InputStream in, String fileName) {
        return Importer.run(store, parse(in, fileName), false, ProgressListener.NONE);
    }

    public ImportBatch check(Store store, Path file) {
        return check(store, file, ProgressListener.NONE);
    }

    public ImportBatch check(Store store, Path file, ProgressListener listener) {
        return Importer.run(store, parse(file), false, listener);
    }

    /** Checks, then writes everything in one transaction; on any failure nothing is written. */
    public ImportBatch importFile(Store store, Path file) {
        return importFile(store, file, ProgressListener.NONE);
    }

    public ImportBatch importFile(Store store, Path file, ProgressListener listener) {
        return Importer.run(store, parse(file), true, listener);
    }

    public ImportBatch importStream(Store store, InputStream in, String name) {
        return Importer.run(store, parse(in, name), true, ProgressListener.NONE);
    }

    private Importer.Parsed parse(InputStream in, String name) {
        Map<String, List<InputRecord>> doc = new JsonDocumentParser(mapper).parse(in, name);
        return new Importer.Parsed(name, doc, new Problems());
    }

    private Importer.Parsed parse(Path file) {
        InputLimits.checkSize(file, file.toString());
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new ImportRejectedException(List.of(new Problem(file.toString(), 0, null,
                    phrase("cannot be read ({0})", e.getClass().getSimpleName()))));
        }
    }
}
