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

@Command(name = "dossier", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class DossierCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "REF")
    String ref;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf")
    Path out;

    @Mixin
    PrintOptions print;

    @Override
    public Integer call() {
        Dossiers.Options options = print.toOptions(spec, root);
        Dossiers.Printed p;
        try (Workspace ws = root.openWorkspace()) {
            p = ws.dossiers().printCase(Refs.record(spec, ref), options, out);
        }
        root.spec.commandLine().getOut().println(PrintOptions.done(p, root));
        return 0;
    }
}
