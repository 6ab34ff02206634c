package org.returnwatch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.returnwatch.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, name = "caseworker")
final class CaseworkerCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Parameters(paramLabel = "NAME", arity = "0..1")
    String name;

    @Option(names = "--team")
    boolean team;

    @Option(names = "--add", paramLabel = "NAME")
    String add;

    @Option(names = "--remove", paramLabel = "NAME")
    String remove;

    @Override
    public Integer call() {
        PrintWriter out = root.spec.commandLine().getOut();
        try (Workspace w = root.openWorkspace()) {
            if (add != null) {
                String added = w.casework().addToTeam(add);
                out.println(root.msg("{0} is on the team", added));
            }
            if (remove != null) {
                boolean removed = w.casework().removeFromTeam(remove);
                if (!removed) {
                    throw new CommandFailedException(root.msg("\"{0}\" is not on the team; nothing was changed",
                            remove.strip()));
                }
                out.println(root.msg("{0} is no longer on the team", remove.strip()));
            }
            if (name != null) {
                w.recordChangesAs(name);
                out.println(root.msg("Changes to {0} are now recorded as made by {1}", w.file(), w.caseworker()));
            }
            if (team) {
                List<String> names = w.casework().team();
                names.forEach(out::println);
            } else if (name == null && add == null && remove == null) {
                out.println(w.caseworker());
            }
        }
        return 0;
    }
}
