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

@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Write a stored file out again, byte for byte, after checking its fingerprint (SHA-256). "
                + "The file written is readable by you only, and it is not encrypted: keep it where that is safe.",
            "--for-sharing writes a JPEG or PNG image without its metadata (GPS position, camera, author); the "
                + "stored original keeps it."})
final class ExtractCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ATTACHMENT_REF", description = "the attachment, e.g. RW-ATT-0001")
    String ref;

    @Option(names = "--out", required = true, paramLabel = "PATH",
            description = "the file to write (it must not exist), or a folder to write it into under its name")
    Path out;

    @Option(names = "--for-sharing", description = "an image without its metadata")
    boolean forSharing;

    @Override
    public Integer call() {
        ItemRef r = Refs.item(spec, ref, ItemRef.ATTACHMENT);
        Attachments.Extracted e;
        try (Workspace ws = root.openWorkspace()) {
            e = forSharing ? ws.attachments().extractForSharing(r, out) : ws.attachments().extract(r, out);
        }
        root.spec.commandLine().getOut().println("Wrote " + e.file() + (forSharing
                ? " (a copy without metadata of " + r + ")"
                : " (" + e.attachment().size() + " bytes, SHA-256 " + e.sha256() + ", as stored)"));
        return 0;
    }
}
