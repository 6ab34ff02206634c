package org.returnwatch.app;

import java.nio.file.Path;
import java.util.List;
import org.returnwatch.domain.Tactic;
import org.returnwatch.exchange.Exports;
import org.returnwatch.exchange.ImportBatch;
import org.returnwatch.exchange.Imports;
import org.returnwatch.exchange.JsonExchange;
import org.returnwatch.exchange.MappedImport;
import org.returnwatch.exchange.Mapping;
import org.returnwatch.store.Backups;
import org.returnwatch.store.Passphrase;
import org.returnwatch.store.Store;
import org.returnwatch.store.WrongPassphraseException;
import org.returnwatch.work.ProgressListener;

/**
 * Records in and out of the database: exports, imports (checked whole first, then written all or
 * nothing) and backups. Long work: each reports its progress and stops when cancelled.
 */
public final class Transfers {
    private final Store store;
    private final JsonExchange json = new JsonExchange();

    Transfers(Store store) {
        this.store = store;
    }

    public Exports.Report export(Exports.Request request, ProgressListener listener) {
        return new Exports(json).export(store, request, listener);
    }

    /**
     * A ReturnWatch JSON document, CSV export (folder or zip), or, with a mapping file, someone else's
     * CSV; {@code write} false only checks (a dry run).
     */
    public ImportBatch importPath(Path path, Path mappingFile, boolean write, ProgressListener listener) {
        return new Imports(json).run(store, path, mappingFile, write, listener);
    }

    /** Someone else's CSV through a mapping made in the window; {@code write} false only checks. */
    public ImportBatch importMapped(Path csv, Mapping mapping, boolean write, ProgressListener listener) {
        MappedImport mapped = new MappedImport(json.mapper());
        return write ? mapped.importFile(store, csv, mapping, "the column mapping", listener)
                : mapped.check(store, csv, mapping, "the column mapping", listener);
    }

    /** What a column mapping can point at in this database: its sources to cite and its tactics' codes. */
    public record MappingChoices(List<RecordItem> sources, List<String> tactics) {
    }

    public MappingChoices mappingChoices() {
        return store.read(tx -> new MappingChoices(CaseStory.sources(store, tx),
                store.tactics().all(tx).stream().map(Tactic::code).toList()));
    }

    /**
     * Writes the whole database, encrypted under a key from its passphrase, to {@code out}; answers how
     * many rows it holds. A wrong passphrase writes nothing.
     */
    public long backup(Path out, char[] passphrase, ProgressListener listener) {
        try (Passphrase p = Passphrase.adopt(passphrase.clone())) {
            return Backups.backup(store.database(), p, out, listener);
        } catch (WrongPassphraseException e) {
            throw new OpenRefused(OpenRefused.Reason.WRONG_PASSPHRASE, e.getMessage(), e);
        }
    }

    /**
     * As {@link #backup(Path, char[], ProgressListener)}, with the passphrase the command line read;
     * failures as the store words them.
     */
    public long backup(Path out, Passphrase passphrase, ProgressListener listener) {
        return Backups.backup(store.database(), passphrase, out, listener);
    }
}
