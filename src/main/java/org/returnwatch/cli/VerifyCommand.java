package org.returnwatch.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.returnwatch.app.Integrity;
import org.returnwatch.app.Workspace;
import org.returnwatch.store.VerifyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, name = "verify")
final class VerifyCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Option(names = "--accept")
    boolean accept;

    @Override
    public Integer call() {
        PrintWriter out = root.spec.commandLine().getOut();
        try (Workspace w = root.openWorkspace(true)) {
            Integrity integrity = w.integrity();
            VerifyReport report = integrity.verify();
            if (!report.intact() && accept && integrity.onlyOutOfStep(report)) {
                integrity.accept();
                out.println(root.msg("Accepted {0} as it is: its key file now records history entry #{1}", w.file(),
                        report.head().seq()));
                report = integrity.verify();
            }
            if (!report.intact()) {
                int more = report.problems().size() - 1;
                String others = more == 0 ? "" : " " + (more == 1 ? root.msg("(and 1 more problem)")
                        : root.msg("(and {0} more problems)", more));
                throw new CommandFailedException(w.file() + ": " + root.words().say(report.firstFinding()) + others);
            }
            out.println(root.msg("Verified {0}: history of {1} entries intact, {2} records match their seals and "
                    + "history, database consistent", w.file(), report.entries(), report.records()));
            out.println(root.msg("Last history entry: #{0} {1}", report.head().seq(), report.head().hashHex()));
        }
        return 0;
    }
}
