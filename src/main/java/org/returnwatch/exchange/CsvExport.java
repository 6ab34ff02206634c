package org.returnwatch.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.Tactic;
import org.returnwatch.work.ProgressListener;

/**
 * Writes a {@link Dataset} as the files of {@link CsvLayout}, in a folder or a zip. Each file is
 * UTF-8 with a byte-order mark (without it Excel reads Chinese script as Latin-1) and a header row;
 * quotes, commas and line breaks are quoted as RFC 4180 says, and no cell can start a formula
 * ({@link SpreadsheetSafe#escape}, undone on import so the round trip is exact).
 */
public final class CsvExport {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private final ObjectMapper mapper;

    public CsvExport(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Writes to {@code out}: a zip when its name ends in ".zip", a folder otherwise. */
    public void write(Dataset d, Path out, ProgressListener listener) {
        write(OutputFiles.Parts.NONE, d, out, listener, ExportedFiles.NONE);
    }

    static boolean isZip(Path out) {
        return out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip");
    }

    /**
     * As {@link #write(Dataset, Path, ProgressListener)}, its partial output registered in {@code db}; a zip
     * also takes the evidence files {@code attachments} holds.
     */
    void write(org.returnwatch.store.Database db, Dataset d, Path out, ProgressListener listener,
            ExportedFiles attachments) {
        write(OutputFiles.Parts.of(db), d, out, listener, attachments);
    }

    private void write(OutputFiles.Parts parts, Dataset d, Path out, ProgressListener listener,
            ExportedFiles attachments) {
        Map<CsvLayout.Table, List<List<String>>> files = rows(d, new ProgressCounter(listener, d.size()));
        CsvSink sink = isZip(out) ? CsvSink.zip(out, parts, attachments::writeTo) : CsvSink.folder(out, parts);
        sink.write(files.keySet().stream().map(CsvLayout.Table::file).toList(), (name, os) -> {
            CsvLayout.Table t = CsvLayout.byFile(name).orElseThrow();
            writeFile(os, t, files.get(t));
        });
    }

    private Map<CsvLayout.Table, List<List<String>>> rows(Dataset d, ProgressCounter ticker) {
        RecordWriter writer = new RecordWriter(mapper, d.refs());
        Map<CsvLayout.Table, List<List<String>>> files = new LinkedHashMap<>();
        CsvLayout.ALL.forEach(t -> files.put(t, new ArrayList<>()));
        for (Tactic t : d.tactics()) {
            files.get(CsvLayout.TACTICS).add(List.of(SpreadsheetSafe.escape(t.code()),
                    SpreadsheetSafe.escape(t.label())));
        }
        add(files, CsvLayout.SOURCES, d.sources(), writer, ticker);
        add(files, CsvLayout.ACTORS, d.actors(), writer, ticker);
        add(files, CsvLayout.CASES, d.cases(), writer, ticker);
        add(files, CsvLayout.INCIDENTS, d.incidents(), writer, ticker);
        add(files, CsvLayout.AGREEMENTS, d.agreements(), writer, ticker);
        add(files, CsvLayout.SERIES, d.series(), writer, ticker);
        add(files, CsvLayout.CITATIONS, d.citations(), writer, ticker);
        add(files, CsvLayout.LINKS, d.links(), writer, ticker);
        return files;
    }

    private static void add(Map<CsvLayout.Table, List<List<String>>> files, CsvLayout.Table table,
                            List<? extends DomainRecord> records, RecordWriter writer, ProgressCounter ticker) {
        for (DomainRecord r : records) {
            ticker.tick();
            ObjectNode node = writer.write(r);
            files.get(table).add(cells(table, node, null));
            for (CsvLayout.Table child : CsvLayout.ALL) {
                if (child.isChild() && child.array().equals(table.array())) {
                    for (JsonNode element : node.get(child.nestedIn())) {
                        if (child == CsvLayout.POINTS) {
                            ticker.tick();
                        }
                        files.get(child).add(cells(child, element, node.get("ref").asText()));
                    }
                }
            }
        }
    }

    private static List<String> cells(CsvLayout.Table table, JsonNode node, String parentRef) {
        List<String> row = new ArrayList<>(table.columns().size());
        for (String column : table.columns()) {
            String value = column.equals(table.parentColumn()) ? parentRef : text(node.get(column));
            row.add(SpreadsheetSafe.escape(value));
        }
        return row;
    }

    private static String text(JsonNode v) {
        if (v == null || v.isNull()) {
            return "";
        }
        if (v.isArray()) {
            List<String> items = new ArrayList<>();
            v.forEach(i -> items.add(i.asText()));
            return CsvLayout.joinList(items);
        }
        return v.isBigDecimal() ? v.decimalValue().toPlainString() : v.asText();
    }

    private static void writeFile(OutputStream os, CsvLayout.Table table, List<List<String>> rows)
            throws IOException {
        Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(w, FORMAT);
        printer.printRecord(table.columns());
        for (List<String> row : rows) {
            printer.printRecord(row);
        }
        printer.flush();
    }
}
