package org.returnwatch.cli;

import java.util.concurrent.Callable;
import org.returnwatch.app.Workspace;
import org.returnwatch.domain.Attachment;
import org.returnwatch.domain.ItemRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "detach", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class DetachCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ATTACHMENT_REF")
    String ref;

    @Override
    public Integer call() {
        ItemRef r = Refs.item(spec, ref, ItemRef.ATTACHMENT);
        Attachment a;
        try (Workspace ws = root.openWorkspace()) {
            a = ws.attachments().deleteNow(r);
        }
        root.spec.commandLine().getOut().println(root.msg("Deleted {0}  {1} ({2} bytes, SHA-256 {3}) for good", a.ref(),
                a.fileName(), a.size(), a.sha256()));
        return 0;
    }
}
