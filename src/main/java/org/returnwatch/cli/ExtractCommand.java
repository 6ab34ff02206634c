package org.returnwatch.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.returnwatch.app.Attachments;
import org.returnwatch.app.Workspace;
import org.returnwatch.domain.ItemRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class ExtractCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ATTACHMENT_REF")
    String ref;

    @Option(names = "--out", required = true, paramLabel = "PATH")
    Path out;

    @Option(names = "--for-sharing")
    boolean forSharing;

    @Override
    public Integer call() {
        ItemRef r = Refs.item(spec, ref, ItemRef.ATTACHMENT);
        Attachments.Extracted e;
        try (Workspace ws = root.openWorkspace()) {
            e = forSharing ? ws.attachments().extractForSharing(r, out) : ws.attachments().extract(r, out);
        }
        root.spec.commandLine().getOut().println(forSharing
                ? root.msg("Wrote {0} (a copy without metadata of {1})", e.file(), r)
                : root.msg("Wrote {0} ({1} bytes, SHA-256 {2}, as stored)", e.file(), e.attachment().size(),
                        e.sha256()));
        return 0;
    }
}
