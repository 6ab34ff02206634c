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

@Command(name = "detach", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Delete a stored file for good: its bytes leave the database and cannot be extracted "
                + "again; its history keeps its name, size and fingerprint (SHA-256) and says it was deleted.",
            "A file that copies were made from (edited or redacted versions) is deleted after its copies."})
final class DetachCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ATTACHMENT_REF", description = "the attachment, e.g. RW-ATT-0001")
    String ref;

    @Override
    public Integer call() {
        ItemRef r = Refs.item(spec, ref, ItemRef.ATTACHMENT);
        Attachment a;
        try (Workspace ws = root.openWorkspace()) {
            a = ws.attachments().deleteNow(r);
        }
        root.spec.commandLine().getOut().println("Deleted " + a.ref() + "  " + a.fileName() + " (" + a.size()
                + " bytes, SHA-256 " + a.sha256() + ") for good");
        return 0;
    }
}
