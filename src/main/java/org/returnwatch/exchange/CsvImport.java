package org.returnwatch.exchange;

import static org.returnwatch.i18n.Phrase.phrase;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.returnwatch.domain.Reference;
import org.returnwatch.store.Store;
import org.returnwatch.work.ProgressListener;

/**
 * Reads a ReturnWatch CSV export (folder or zip) back into the records of the JSON document, so it
 * is checked and written exactly as a JSON import is. Undoes what the export did to cells: the
 * apostrophe that kept a formula from running, lists joined in one cell, true/false.
 */
public final class CsvImport {
    private final ObjectMapper mapper;

    public CsvImport(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public ImportBatch check(Store store, Path path, ProgressListener listener) {
        return Importer.run(store, parse(path, listener), false, listener);
    }

    public ImportBatch importPath(Store store, Path path, ProgressListener listener) {
        return Importer.run(store, parse(path, listener), true, listener);
    }

    Importer.Parsed parse(Path path, ProgressListener listener) {
        try (CsvBundle bundle = Files.isDirectory(path) ? CsvBundle.folder(path) : CsvBundle.zip(path)) {
            Problems problems = new Problems();
            Map<String, List<InputRecord>> doc = new LinkedHashMap<>();
            Map<CsvLayout.Table, CsvBundle.Entry> present = new LinkedHashMap<>();
            Set<String> seen = new HashSet<>();
            for (CsvBundle.Entry e : bundle.entries()) {
                if (!seen.add(e.name())) {
                    problems.add(e.shownAs(), 0, null, phrase("appears twice"));
                    continue;
                }
                CsvLayout.byFile(e.name()).ifPresentOrElse(t -> present.put(t, e), () -> problems.add(e.shownAs(), 0,
                        null, phrase("is not a file of the ReturnWatch CSV format ({0})", CsvLayout.fileNames())));
            }
            if (present.isEmpty() && problems.isEmpty()) {
                problems.add(path.toString(), 0, null, phrase("holds none of the files of a ReturnWatch CSV "
                        + "export ({0})", CsvLayout.fileNames()));
            }
            Map<String, Map<String, InputRecord>> parentsByRef = new HashMap<>();
            for (CsvLayout.Table t : CsvLayout.ALL) {
                CsvBundle.Entry e = present.get(t);
                if (e == null) {
                    continue;
                }
                listener.checkCancelled();
                CsvTableReader.Table table;
                try (InputStream in = bundle.open(e)) {
                    table = CsvTableReader.utf8().read(in, e.shownAs(), problems);
                }
                if (!checkHeader(t, table, problems)) {
                    continue;
                }
                List<InputRecord> rows = rows(t, table);
                if (t.isChild()) {
                    attach(t, rows, parentsByRef.getOrDefault(t.array(), Map.of()), problems);
                } else {
                    doc.computeIfAbsent(t.array(), k -> new ArrayList<>()).addAll(rows);
                    parentsByRef.put(t.array(), byRef(rows));
                }
            }
            return new Importer.Parsed(path.toString(), doc, problems);
        } catch (IOException e) {
            throw new ImportRejectedException(List.of(new Problem(path.toString(), 0, null, phrase("cannot be "
                    + "read ({0})", e.getClass().getSimpleName()))));
        }
    }

    private static boolean checkHeader(CsvLayout.Table t, CsvTableReader.Table table, Problems problems) {
        if (table.header().isEmpty()) {
            return false;
        }
        boolean ok = true;
        Set<String> names = new HashSet<>();
        for (String h : table.header()) {
            if (!names.add(h)) {
                problems.add(table.file(), 1, "column " + h, phrase("appears twice in the header"));
                ok = false;
            } else if (!t.reads(h)) {
                problems.add(table.file(), 1, "column " + (h.isEmpty() ? "(blank)" : h), phrase("is not a column "
                        + "of {0} ({1})", t.file(), String.join(", ", t.columns())));
                ok = false;
            }
        }
        for (String required : t.required()) {
            if (!names.contains(required)) {
                problems.add(table.file(), 1, null, phrase("the column {0} is missing", required));
                ok = false;
            }
        }
        return ok;
    }

    private List<InputRecord> rows(CsvLayout.Table t, CsvTableReader.Table table) {
        List<InputRecord> out = new ArrayList<>(table.rows().size());
        for (CsvTableReader.Row row : table.rows()) {
            ObjectNode node = mapper.createObjectNode();
            for (int i = 0; i < table.header().size(); i++) {
                String column = table.header().get(i);
                String cell = SpreadsheetSafe.restore(row.cells().get(i));
                if (cell == null || cell.isBlank()) {
                    continue;
                }
                if (t.lists().contains(column)) {
                    ArrayNode items = node.putArray(column);
                    CsvLayout.splitList(cell).forEach(items::add);
                } else if (t.booleans().contains(column) && (cell.strip().equalsIgnoreCase("true")
                        || cell.strip().equalsIgnoreCase("false"))) {
                    node.put(column, Boolean.parseBoolean(cell.strip().toLowerCase(java.util.Locale.ROOT)));
                } else {
                    node.put(column, cell);
                }
            }
            out.add(InputRecord.row(node, table.file(), row.line(), Map.of()));
        }
        return out;
    }

    private static Map<String, InputRecord> byRef(List<InputRecord> rows) {
        Map<String, InputRecord> out = new HashMap<>();
        for (InputRecord r : rows) {
            String ref = normalRef(r.node().path("ref").asText(null));
            if (ref != null) {
                out.putIfAbsent(ref, r);
            }
        }
        return out;
    }

    /** Puts each child row (a point, a status step) into the array of the parent row it names. */
    private static void attach(CsvLayout.Table t, List<InputRecord> rows, Map<String, InputRecord> parents,
                               Problems problems) {
        for (InputRecord row : rows) {
            String named = row.node().path(t.parentColumn()).asText(null);
            InputRecord parent = parents.get(normalRef(named));
            if (parent == null) {
                problems.add(row.file(), row.line(), "column " + t.parentColumn(), phrase("{0} (each row belongs "
                        + "to a record of {1})",
                        (named == null ? "is required" : named + " is not in " + parentFile(t)), parentFile(t)));
                continue;
            }
            ObjectNode element = ((ObjectNode) row.node()).deepCopy();
            element.remove(t.parentColumn());
            ObjectNode p = (ObjectNode) parent.node();
            ArrayNode array = p.has(t.nestedIn()) ? (ArrayNode) p.get(t.nestedIn()) : p.putArray(t.nestedIn());
            array.add(element);
            parent.children().computeIfAbsent(t.nestedIn(), k -> new ArrayList<>())
                    .add(InputRecord.row(element, row.file(), row.line(), Map.of()));
        }
    }

    private static String parentFile(CsvLayout.Table child) {
        return child == CsvLayout.POINTS ? CsvLayout.SERIES.file() : CsvLayout.AGREEMENTS.file();
    }

    private static String normalRef(String text) {
        if (text == null || !Reference.looksLikeReference(text)) {
            return text == null ? null : text.strip();
        }
        return Reference.parse(text).toString();
    }
}
