package org.returnwatch.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.returnwatch.app.Workspace;
import org.returnwatch.domain.FollowUp;
import org.returnwatch.domain.ItemRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "follow-up", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class FollowUpCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "REF")
    String ref;

    @Option(names = "--due", paramLabel = "DATE")
    String due;

    @Option(names = "--note", paramLabel = "TEXT")
    String note;

    @Option(names = "--done")
    boolean done;

    @Option(names = "--not-done")
    boolean notDone;

    @Override
    public Integer call() {
        boolean existing = Refs.isItem(ref, ItemRef.FOLLOW_UP);
        if (existing && done == notDone) {
            throw new ParameterException(spec.commandLine(), root.msg("give --done or --not-done for {0}", ref));
        }
        if (!existing && (due == null || note == null)) {
            throw new ParameterException(spec.commandLine(),
                    root.msg("a new follow-up needs --due DATE and --note TEXT"));
        }
        LocalDate dueDate = existing ? null : date(due);
        FollowUp f;
        try (Workspace ws = root.openWorkspace()) {
            f = existing ? ws.followUps().setDone(ItemRef.parse(ref, ItemRef.FOLLOW_UP), done)
                    : ws.followUps().add(Refs.record(spec, ref), dueDate, note);
        }
        String state = f.isDone() ? root.msg("done") : root.msg("open");
        String said = existing ? root.msg("Marked {0}  due {1}  {2}", f.ref(), f.due(), state)
                : root.msg("Added {0}  due {1}  {2}", f.ref(), f.due(), state);
        root.spec.commandLine().getOut().println(said + "  " + f.note());
        return 0;
    }

    private LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(),
                    root.msg("--due: not a date of the form YYYY-MM-DD: {0}", text));
        }
    }
}
