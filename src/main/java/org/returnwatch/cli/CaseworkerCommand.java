package org.returnwatch.cli;

import java.util.concurrent.Callable;
import org.returnwatch.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, name = "caseworker",
        description = {"Show or set the caseworker name recorded with every change in this "
        + "database's history (until set: the computer's user name).",
    "It names who made a change; it does not prove it: anyone who can open the database can set it."})
final class CaseworkerCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Parameters(paramLabel = "NAME", arity = "0..1", description = "the name to record from now on")
    String name;

    @Override
    public Integer call() {
        try (Workspace w = root.openWorkspace()) {
            if (name != null) {
                w.recordChangesAs(name);
                root.spec.commandLine().getOut().println("Changes to " + w.file()
                        + " are now recorded as made by " + w.caseworker());
            } else {
                root.spec.commandLine().getOut().println(w.caseworker());
            }
        }
        return 0;
    }
}
