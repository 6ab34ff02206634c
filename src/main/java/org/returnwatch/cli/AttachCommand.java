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

@Command(name = "attach", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Take a file in as evidence, attached to a case, an incident, an actor or a source. It is "
                + "stored inside the encrypted database with its SHA-256, size, original name, media type (from its "
                + "content), who added it and when; the stored file never changes.",
            "Given an attachment's code (RW-ATT-…) instead of a record's, the file is taken in as an edited or "
                + "redacted copy of that attachment, which stays as it was."})
final class AttachCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "REF", description = "the record (RW-C-0001, RW-I-…, RW-ACT-…, RW-SRC-…), "
            + "or the attachment this file is a copy of (RW-ATT-…)")
    String ref;

    @Parameters(index = "1", paramLabel = "FILE", description = "the file to take in")
    Path file;

    @Option(names = "--note", paramLabel = "TEXT", description = "what the file is, where it came from")
    String note;

    @Option(names = "--by", paramLabel = "NAME", description = "who is adding it (default: RETURNWATCH_CASEWORKER, "
            + "else the system account's name)")
    String by;

    @Override
    public Integer call() {
        boolean copy = Refs.isItem(ref, ItemRef.ATTACHMENT);
        try (Workspace ws = root.openWorkspace()) {
            String who = root.caseworker(by);
            Attachment a = copy
                    ? ws.attachments().attachCopy(ItemRef.parse(ref, ItemRef.ATTACHMENT), file, note, who)
                    : ws.attachments().attach(Refs.record(spec, ref), file, note, who);
            root.spec.commandLine().getOut().println("Attached " + a.ref() + "  " + a.fileName() + "  "
                    + a.mediaType() + "  " + AttachmentsCommand.size(a.size()) + "  SHA-256 " + a.sha256()
                    + (copy ? "  (a copy of " + ref.strip().toUpperCase(java.util.Locale.ROOT) + ")" : ""));
        }
        return 0;
    }
}
