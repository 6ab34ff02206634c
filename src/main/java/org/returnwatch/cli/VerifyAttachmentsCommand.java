package org.returnwatch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.returnwatch.app.Attachments;
import org.returnwatch.app.Workspace;
import org.returnwatch.work.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "verify-attachments", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Read every stored file again and compare its SHA-256 and size with those taken at intake; "
                + "exit 1 if any differs.")
final class VerifyAttachmentsCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Override
    public Integer call() {
        List<Attachments.Check> checks;
        try (Workspace ws = root.openWorkspace()) {
            checks = ws.attachments().verifyAll(ProgressListener.NONE);
        }
        PrintWriter out = root.spec.commandLine().getOut();
        List<Attachments.Check> bad = checks.stream().filter(c -> !c.matches()).toList();
        for (Attachments.Check c : bad) {
            out.println("MISMATCH " + c.attachment().ref() + "  " + c.attachment().fileName() + "  taken in as "
                    + c.attachment().size() + " bytes SHA-256 " + c.attachment().sha256() + ", now " + c.size()
                    + " bytes SHA-256 " + c.sha256());
        }
        if (!bad.isEmpty()) {
            out.flush();
            PrintWriter err = root.spec.commandLine().getErr();
            err.println("returnwatch: " + bad.size() + " of " + checks.size()
                    + " attachments do not match their fingerprints");
            err.flush();
            return 1;
        }
        out.println("All " + checks.size() + " attachments match their fingerprints (SHA-256).");
        return 0;
    }
}
