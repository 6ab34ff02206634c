package org.returnwatch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.returnwatch.app.Attachments;
import org.returnwatch.app.Workspace;
import org.returnwatch.work.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "verify-attachments", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
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
            out.println(root.msg("MISMATCH {0}  {1}  taken in as {2} bytes SHA-256 {3}, now {4} bytes SHA-256 {5}",
                    c.attachment().ref(), c.attachment().fileName(), c.attachment().size(), c.attachment().sha256(),
                    c.size(), c.sha256()));
        }
        if (!bad.isEmpty()) {
            out.flush();
            PrintWriter err = root.spec.commandLine().getErr();
            err.println("returnwatch: " + root.msg("{0} of {1} attachments do not match their fingerprints",
                    bad.size(), checks.size()));
            err.flush();
            return 1;
        }
        out.println(root.msg("All {0} attachments match their fingerprints (SHA-256).", checks.size()));
        return 0;
    }
}
