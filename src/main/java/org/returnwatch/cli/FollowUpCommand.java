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

@Command(name = "follow-up", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Add a follow-up to a case (a dated task with a note), or mark one done:",
            "  follow-up RW-C-0001 --due 2025-03-01 --note \"call the lawyer\"",
            "  follow-up RW-FU-0001 --done   (or --not-done)"})
final class FollowUpCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "REF", description = "a case (to add a follow-up) or a follow-up (RW-FU-…)")
    String ref;

    @Option(names = "--due", paramLabel = "DATE", description = "when it is due (YYYY-MM-DD)")
    String due;

    @Option(names = "--note", paramLabel = "TEXT", description = "what is to be done")
    String note;

    @Option(names = "--done", description = "mark the follow-up done")
    boolean done;

    @Option(names = "--not-done", description = "mark the follow-up not done again")
    boolean notDone;

    @Override
    public Integer call() {
        boolean existing = Refs.isItem(ref, ItemRef.FOLLOW_UP);
        if (existing && done == notDone) {
            throw new ParameterException(spec.commandLine(), "give --done or --not-done for " + ref);
        }
        if (!existing && (due == null || note == null)) {
            throw new ParameterException(spec.commandLine(), "a new follow-up needs --due DATE and --note TEXT");
        }
        LocalDate dueDate = existing ? null : date(due);
        FollowUp f;
        try (Workspace ws = root.openWorkspace()) {
            f = existing ? ws.followUps().setDone(ItemRef.parse(ref, ItemRef.FOLLOW_UP), done)
                    : ws.followUps().add(Refs.record(spec, ref), dueDate, note);
        }
        root.spec.commandLine().getOut().println((existing ? "Marked " : "Added ") + f.ref() + "  due " + f.due()
                + (f.isDone() ? "  done" : "  open") + "  " + f.note());
        return 0;
    }

    private LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "--due: not a date of the form YYYY-MM-DD: " + text);
        }
    }
}
