package org.returnwatch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.returnwatch.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, name = "caseworker",
        description = {"Show or set the caseworker name recorded with every change in this "
        + "database's history (until set: the computer's user name); the name set joins the team.",
    "It names who made a change; it does not prove it: anyone who can open the database can set it.",
    "The team is the list a case's holder is chosen from: --team lists it, --add and --remove change it."})
final class CaseworkerCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Parameters(paramLabel = "NAME", arity = "0..1", description = "the name to record from now on")
    String name;

    @Option(names = "--team", description = "list the team's caseworkers")
    boolean team;

    @Option(names = "--add", paramLabel = "NAME", description = "add a caseworker to the team")
    String add;

    @Option(names = "--remove", paramLabel = "NAME",
            description = "take a caseworker off the team (the cases they hold keep their name)")
    String remove;

    @Override
    public Integer call() {
        PrintWriter out = root.spec.commandLine().getOut();
        try (Workspace w = root.openWorkspace()) {
            if (add != null) {
                String added = w.casework().addToTeam(add);
                out.println(added + " is on the team");
            }
            if (remove != null) {
                boolean removed = w.casework().removeFromTeam(remove);
                if (!removed) {
                    throw new CommandFailedException("\"" + remove.strip() + "\" is not on the team; nothing was "
                            + "changed");
                }
                out.println(remove.strip() + " is no longer on the team");
            }
            if (name != null) {
                w.recordChangesAs(name);
                out.println("Changes to " + w.file() + " are now recorded as made by " + w.caseworker());
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
