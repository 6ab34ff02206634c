package org.returnwatch.exchange;

import static org.returnwatch.i18n.Phrase.phrase;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.returnwatch.store.Store;
import org.returnwatch.work.ProgressListener;

/**
 * Imports someone else's CSV through a {@link Mapping}: read strictly, turned into cases and
 * incidents, then checked and written exactly like a JSON document, all or nothing. Also gives the
 * first rows of a file, for the window's mapping dialog to show.
 */
public final class MappedImport {
    /** The first rows of a file as read, and what is wrong with it so far. */
    public record Preview(List<String> header, List<List<String>> rows, List<Problem> problems) {
    }

    private final ObjectMapper mapper;

    public MappedImport(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public Preview preview(Path csv, char delimiter, Charset encoding, int maxRows) {
        Problems problems = new Problems();
        CsvTableReader.Table t = readTable(csv, new CsvTableReader(delimiter, encoding), problems, maxRows);
        List<Problem> found = problems.isEmpty() ? List.of() : problems.rejection().problems();
        return new Preview(t.header(), t.rows().stream().map(CsvTableReader.Row::cells).toList(), found);
    }

    /**
     * The distinct values of one column with how often each occurs (at most {@code max} values), for
     * the dialog that maps a file's values to a controlled list.
     */
    public Map<String, Integer> distinctValues(Path csv, char delimiter, Charset encoding, String column, int max) {
        Problems problems = new Problems();
        CsvTableReader.Table t = readTable(csv, new CsvTableReader(delimiter, encoding), problems, Integer.MAX_VALUE);
        int i = t.column(column);
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        for (CsvTableReader.Row row : t.rows()) {
            String v = i < 0 || i >= row.cells().size() ? "" : row.cells().get(i).strip();
            if (out.containsKey(v) || out.size() < max) {
                out.merge(v, 1, Integer::sum);
            }
        }
        return out;
    }

    /** The values a field takes when it is one of the fixed lists; empty for text, dates and tactics. */
    public static List<String> choices(String field) {
        Class<? extends Enum<?>> type = switch (field) {
            case "immigrationStatus" -> org.returnwatch.domain.ImmigrationStatus.class;
            case "targetCategory" -> org.returnwatch.domain.TargetCategory.class;
            case "campaign" -> org.returnwatch.domain.Campaign.class;
            case "caseKind" -> org.returnwatch.domain.CaseKind.class;
            case "outcome" -> org.returnwatch.domain.Outcome.class;
            case "riskLevel" -> org.returnwatch.domain.RiskLevel.class;
            case "hostStateRole" -> org.returnwatch.domain.HostStateRole.class;
            default -> null;
        };
        if (field.equals("pseudonymous") || field.equals("contextual")) {
            return List.of("true", "false");
        }
        return type == null ? List.of() : java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    public ImportBatch check(Store store, Path csv, Path mappingFile, ProgressListener listener) {
        return check(store, csv, new MappingFile(mapper).read(mappingFile), mappingFile.toString(), listener);
    }

    public ImportBatch importFile(Store store, Path csv, Path mappingFile, ProgressListener listener) {
        return importFile(store, csv, new MappingFile(mapper).read(mappingFile), mappingFile.toString(), listener);
    }

    /** {@code mappingName} is how problems in the mapping itself are located. */
    public ImportBatch check(Store store, Path csv, Mapping m, String mappingName, ProgressListener listener) {
        return Importer.run(store, parse(store, csv, m, mappingName, listener), false, listener);
    }

    public ImportBatch importFile(Store store, Path csv, Mapping m, String mappingName, ProgressListener listener) {
        return Importer.run(store, parse(store, csv, m, mappingName, listener), true, listener);
    }

    private Importer.Parsed parse(Store store, Path csv, Mapping m, String mappingName, ProgressListener listener) {
        Problems problems = new Problems();
        CsvTableReader.Table table = readTable(csv, new CsvTableReader(m.delimiter(), m.encoding()), problems,
                Integer.MAX_VALUE);
        listener.checkCancelled();
        if (table.header().isEmpty()) {
            return new Importer.Parsed(csv.toString(), Map.of(), problems);
        }
        Map<String, List<InputRecord>> doc = store.read(tx -> new MappedRows(m, mappingName, table, problems,
                new RefAllocator(store, tx), mapper).convert());
        return new Importer.Parsed(csv.toString(), doc, problems);
    }

    private static CsvTableReader.Table readTable(Path csv, CsvTableReader reader, Problems problems, int maxRows) {
        if (!Files.isRegularFile(csv)) {
            throw new ImportRejectedException(List.of(new Problem(csv.toString(), 0, null, phrase("no such file"))));
        }
        InputLimits.checkSize(csv, csv.toString());
        try (InputStream in = Files.newInputStream(csv)) {
            return reader.read(in, csv.toString(), problems, maxRows);
        } catch (IOException e) {
            throw new ImportRejectedException(List.of(new Problem(csv.toString(), 0, null, phrase("cannot be read "
                    + "({0})", e.getClass().getSimpleName()))));
        }
    }
}
