package org.returnwatch.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.returnwatch.app.Workspace;
import org.returnwatch.domain.Attachment;
import org.returnwatch.domain.ItemRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "attach", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class AttachCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "REF")
    String ref;

    @Parameters(index = "1", paramLabel = "FILE")
    Path file;

    @Option(names = "--note", paramLabel = "TEXT")
    String note;

    @Option(names = "--by", paramLabel = "NAME")
    String by;

    @Override
    public Integer call() {
        boolean copy = Refs.isItem(ref, ItemRef.ATTACHMENT);
        try (Workspace ws = root.openWorkspace()) {
            String who = root.caseworker(by);
            Attachment a = copy
                    ? ws.attachments().attachCopy(ItemRef.parse(ref, ItemRef.ATTACHMENT), file, note, who)
                    : ws.attachments().attach(Refs.record(spec, ref), file, note, who);
            root.spec.commandLine().getOut().println(root.msg("Attached {0}", a.ref()) + "  " + a.fileName() + "  "
                    + a.mediaType() + "  " + AttachmentsCommand.size(a.size()) + "  SHA-256 " + a.sha256()
                    + (copy ? "  " + root.msg("(a copy of {0})", ref.strip().toUpperCase(java.util.Locale.ROOT)) : ""));
        }
        return 0;
    }
}
