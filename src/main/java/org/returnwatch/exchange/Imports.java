package org.returnwatch.exchange;

import static org.returnwatch.i18n.Phrase.phrase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.returnwatch.store.Store;
import org.returnwatch.work.ProgressListener;

/**
 * Every import the command line and the window offer, told apart by what the path is: a ReturnWatch
 * JSON document, a ReturnWatch CSV export (its folder or zip), or, with a mapping, someone else's
 * CSV. Each is checked whole first; {@code write} false only reports (a dry run).
 */
public final class Imports {
    public enum Kind { JSON, CSV_FOLDER, CSV_ZIP, MAPPED_CSV }

    private final JsonExchange json;

    public Imports(JsonExchange json) {
        this.json = json;
    }

    public static Kind kindOf(Path path, Path mapping) {
        if (mapping != null) {
            return Kind.MAPPED_CSV;
        }
        if (Files.isDirectory(path)) {
            return Kind.CSV_FOLDER;
        }
        if (!Files.isRegularFile(path)) {
            throw new ImportRejectedException(List.of(new Problem(path.toString(), 0, null, phrase("no such file "
                    + "or folder"))));
        }
        if (CsvBundle.isZip(path)) {
            return Kind.CSV_ZIP;
        }
        if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            throw new ImportRejectedException(List.of(new Problem(path.toString(), 0, null, phrase("is a single "
                    + "CSV file: import it with --mapping FILE (docs/csv-mapping.md); a ReturnWatch CSV export "
                    + "is imported as its folder or .zip"))));
        }
        return Kind.JSON;
    }

    public ImportBatch run(Store store, Path path, Path mapping, boolean write, ProgressListener listener) {
        return switch (kindOf(path, mapping)) {
            case JSON -> write ? json.importFile(store, path, listener) : json.check(store, path, listener);
            case CSV_FOLDER, CSV_ZIP -> {
                CsvImport csv = new CsvImport(json.mapper());
                yield write ? csv.importPath(store, path, listener) : csv.check(store, path, listener);
            }
            case MAPPED_CSV -> {
                MappedImport mapped = new MappedImport(json.mapper());
                yield write ? mapped.importFile(store, path, mapping, listener)
                        : mapped.check(store, path, mapping, listener);
            }
        };
    }
}
