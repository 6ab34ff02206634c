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

@Command(mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, name = "export")
final class ExportCommand implements Callable<Integer> {
    enum Format { json, csv }

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT")
    Format format;

    @Option(names = "--out", required = true, paramLabel = "PATH")
    Path out;

    @Option(names = "--pseudonymise")
    boolean pseudonymise;

    @Option(names = "--profile", paramLabel = "PROFILE")
    String profile;

    @Option(names = "--kind", paramLabel = "KIND", split = ",")
    List<String> kinds = new ArrayList<>();

    @Option(names = "--query", paramLabel = "TEXT")
    String query;

    @Option(names = "--only-selected")
    boolean onlySelected;

    @Option(names = "--attachments", negatable = true)
    Boolean attachments;

    @Override
    public Integer call() {
        if (profile != null && !pseudonymise) {
            throw new ParameterException(spec.commandLine(), root.msg("--profile needs --pseudonymise"));
        }
        if (onlySelected && kinds.isEmpty() && query == null) {
            throw new ParameterException(spec.commandLine(), root.msg("--only-selected needs --kind or --query"));
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
        String records = report.attachments() > 0
                ? root.msg("{0} records and {1} evidence files", report.records(), report.attachments())
                : root.msg("{0} records", report.records());
        root.spec.commandLine().getOut().println(redaction != null
                ? root.msg("Exported a pseudonymised copy (profile {0}) of {1} to {2}", redaction.name(), records, out)
                : root.msg("Exported {0} to {1} (plain text, not encrypted: keep it where that is safe)", records,
                        out));
        return 0;
    }

    private List<RecordKind> kinds() {
        List<RecordKind> out = new ArrayList<>();
        for (String k : kinds) {
            out.add(RecordKind.fromPlural(k.strip()).filter(x -> x != RecordKind.DATA_POINT)
                    .orElseThrow(() -> new ParameterException(spec.commandLine(), root.msg("unknown KIND '{0}' (use "
                            + "cases, incidents, agreements, series, sources, actors, links or citations)", k))));
        }
        return out;
    }
}
