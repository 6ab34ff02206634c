package org.returnwatch.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.returnwatch.app.Workspace;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.exchange.Exports;
import org.returnwatch.exchange.JsonExchange;
import org.returnwatch.exchange.RedactionProfile;
import org.returnwatch.exchange.Selection;
import org.returnwatch.work.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, name = "export",
        description = {"Write the database, or the records a search selects, as one JSON document "
        + "(docs/json-format.md) or as CSV files (one per kind of record) in a folder or a .zip.",
    "An export is plain text, not encrypted. --pseudonymise writes a copy to share with researchers: names replaced "
        + "by codes, notes removed (profile standard or strict, or a profile file)."})
final class ExportCommand implements Callable<Integer> {
    enum Format { json, csv }

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "json or csv")
    Format format;

    @Option(names = "--out", required = true, paramLabel = "PATH",
            description = "the file (json), or the folder or .zip file (csv) to write")
    Path out;

    @Option(names = "--pseudonymise", description = "replace people's names by codes and remove notes")
    boolean pseudonymise;

    @Option(names = "--profile", paramLabel = "PROFILE",
            description = "with --pseudonymise: standard (default), strict, or a profile file")
    String profile;

    @Option(names = "--kind", paramLabel = "KIND", split = ",",
            description = "only these kinds: cases, incidents, agreements, series, sources, actors, links, citations")
    List<String> kinds = new ArrayList<>();

    @Option(names = "--query", paramLabel = "TEXT",
            description = "only records whose text holds every word of TEXT (with what they need)")
    String query;

    @Option(names = "--only-selected", description = "with --kind or --query: leave out the records the chosen "
            + "ones are linked to (by default they come along, with the links, so the export rebuilds the same case "
            + "file elsewhere)")
    boolean onlySelected;

    @Option(names = "--attachments", negatable = true, description = "with --format csv and a .zip: put the evidence "
            + "files of the exported records in the zip, with a manifest of their SHA-256 (the default, except with "
            + "--pseudonymise, where they are left out unless asked for, and images lose their metadata)")
    Boolean attachments;

    @Override
    public Integer call() {
        if (profile != null && !pseudonymise) {
            throw new ParameterException(spec.commandLine(), "--profile needs --pseudonymise");
        }
        if (onlySelected && kinds.isEmpty() && query == null) {
            throw new ParameterException(spec.commandLine(), "--only-selected needs --kind or --query");
        }
        Selection chosen = Selection.of(kinds(), query);
        Selection selection = onlySelected ? chosen.onlyThese() : chosen;
        JsonExchange json = new JsonExchange();
        RedactionProfile redaction = pseudonymise
                ? RedactionProfile.named(profile == null ? "standard" : profile, json.mapper()) : null;
        Exports.Report report;
        try (Workspace w = root.openWorkspace()) {
            Exports.Format f = format == Format.json ? Exports.Format.JSON : Exports.Format.CSV;
            Exports.Request request = attachments == null ? new Exports.Request(f, out, selection, redaction)
                    : new Exports.Request(f, out, selection, redaction, attachments);
            report = w.transfers().export(request, ProgressListener.NONE);
        }
        String what = redaction != null ? "a pseudonymised copy (profile " + redaction.name() + ") of "
                : "";
        root.spec.commandLine().getOut().println("Exported " + what + report.records() + " records"
                + (report.attachments() > 0 ? " and " + report.attachments() + " evidence files" : "") + " to " + out
                + (redaction == null ? " (plain text, not encrypted: keep it where that is safe)" : ""));
        return 0;
    }

    private List<RecordKind> kinds() {
        List<RecordKind> out = new ArrayList<>();
        for (String k : kinds) {
            out.add(RecordKind.fromPlural(k.strip()).filter(x -> x != RecordKind.DATA_POINT)
                    .orElseThrow(() -> new ParameterException(spec.commandLine(), "unknown KIND '" + k
                            + "' (use cases, incidents, agreements, series, sources, actors, links or citations)")));
        }
        return out;
    }
}
