package org.returnwatch.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.returnwatch.app.Dossiers;
import org.returnwatch.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "dossier", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Print a case's dossier as one PDF (tagged, searchable, PDF/A-3u): its details, timeline, "
                + "the people and agreements it is linked to, every citation with its source, its evidence files with "
                + "their fingerprints, and its follow-ups; every page says Confidential, the date and the database.",
            "The PDF is not encrypted: keep it where that is safe."})
final class DossierCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "REF", description = "the case, e.g. RW-C-0001")
    String ref;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "the PDF to write")
    Path out;

    @Mixin
    PrintOptions print;

    @Override
    public Integer call() {
        Dossiers.Options options = print.toOptions(spec);
        Dossiers.Printed p;
        try (Workspace ws = root.openWorkspace()) {
            p = ws.dossiers().printCase(Refs.record(spec, ref), options, out);
        }
        root.spec.commandLine().getOut().println(PrintOptions.done(p));
        return 0;
    }
}
