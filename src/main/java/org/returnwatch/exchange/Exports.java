package org.returnwatch.exchange;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.returnwatch.store.PseudonymKey;
import org.returnwatch.store.Store;
import org.returnwatch.work.ProgressListener;

/**
 * Every export the command line and the window offer: the whole database or a selection, as JSON
 * or CSV, as it is or pseudonymised. Nothing is written where the user looks until it is complete.
 */
public final class Exports {
    public enum Format { JSON, CSV }

    /**
     * @param profile     null for a plain export, else how to pseudonymise
     * @param attachments true to put the evidence files of the exported records into a zip export (CSV in a
     *                    .zip), with a manifest of their fingerprints
     */
    public record Request(Format format, Path out, Selection selection, RedactionProfile profile, boolean attachments) {
        /** Evidence files go into a plain zip export, and are left out of a pseudonymised one. */
        public Request(Format format, Path out, Selection selection, RedactionProfile profile) {
            this(format, out, selection, profile, profile == null);
        }
    }

    /** What was written; {@code attachments} is how many evidence files went with the records. */
    public record Report(Path out, long records, RedactionProfile profile, int attachments) {
    }

    private final JsonExchange json;

    public Exports(JsonExchange json) {
        this.json = json;
    }

    public Report export(Store store, Request r, ProgressListener listener) {
        if (r.format() == Format.JSON && r.selection().isAll() && r.profile() == null) {
            return new Report(r.out(), json.exportTo(store, r.out(), listener), null, 0);
        }
        Dataset d = new DatasetReader(store).read(r.selection(), listener);
        if (r.profile() != null) {
            d = new Pseudonymiser(r.profile(), PseudonymKey.getOrCreate(store)).apply(d);
        }
        Dataset data = d;
        switch (r.format()) {
            case JSON -> {
                ObjectNode doc = json.document(data, new ProgressCounter(listener, data.size()));
                if (r.profile() != null) {
                    doc.put("pseudonymised", r.profile().name());
                }
                OutputFiles.writeAtomically(OutputFiles.Parts.of(store.database()), r.out(),
                        os -> json.mapper().writeValue(os, doc));
            }
            case CSV -> {
                ExportedFiles files = r.attachments() && CsvExport.isZip(r.out())
                        ? ExportedFiles.of(store, data, r.profile() != null, json.mapper()) : ExportedFiles.NONE;
                new CsvExport(json.mapper()).write(store.database(), data, r.out(), listener, files);
                return new Report(r.out(), data.size(), r.profile(), files.count());
            }
        }
        return new Report(r.out(), data.size(), r.profile(), 0);
    }
}
