package org.returnwatch.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.returnwatch.app.Integrity;
import org.returnwatch.app.Workspace;
import org.returnwatch.store.VerifyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, name = "verify",
        description = {"Check the whole database: its history chain entry by entry, the key file's "
        + "record of it, every record against its seal and its last history entry, and the database's own "
        + "consistency.",
    "Exit 0 when all is whole (the history's last entry and hash are printed: note them somewhere else, so that "
        + "both files put back as an older copy would show as a history ending before it); exit 1 naming the first "
        + "broken place."})
final class VerifyCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Option(names = "--accept", description = "when only the key file is out of step with the history (an older "
            + "copy of the database put back on purpose), record the database as it is now")
    boolean accept;

    @Override
    public Integer call() {
        PrintWriter out = root.spec.commandLine().getOut();
        try (Workspace w = root.openWorkspace(true)) {
            Integrity integrity = w.integrity();
            VerifyReport report = integrity.verify();
            if (!report.intact() && accept && integrity.onlyOutOfStep(report)) {
                integrity.accept();
                out.println("Accepted " + w.file() + " as it is: its key file now records history "
                        + "entry #" + report.head().seq());
                report = integrity.verify();
            }
            if (!report.intact()) {
                int more = report.problems().size() - 1;
                throw new CommandFailedException(w.file() + ": " + report.firstProblem()
                        + (more > 0 ? " (and " + more + " more problem" + (more > 1 ? "s" : "") + ")" : ""));
            }
            out.println("Verified " + w.file() + ": history of " + report.entries() + " entries "
                    + "intact, " + report.records() + " records match their seals and history, database consistent");
            out.println("Last history entry: #" + report.head().seq() + " " + report.head().hashHex());
        }
        return 0;
    }
}
