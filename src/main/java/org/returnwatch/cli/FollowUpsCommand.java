package org.returnwatch.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.returnwatch.app.FollowUps;
import org.returnwatch.app.Workspace;
import org.returnwatch.domain.FollowUp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "follow-ups", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class FollowUpsCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--case", paramLabel = "REF")
    String caseRef;

    @Option(names = "--due-by", paramLabel = "DATE")
    String dueBy;

    @Override
    public Integer call() {
        PrintWriter out = root.spec.commandLine().getOut();
        LocalDate today = LocalDate.now();
        try (Workspace ws = root.openWorkspace()) {
            if (caseRef != null) {
                List<FollowUp> list = ws.followUps().forCase(Refs.record(spec, caseRef));
                TextTable.print(out, List.of(root.msg("REF"), root.msg("DUE"), root.msg("STATE"), root.msg("NOTE")),
                        list.stream().map(f -> List.of(f.ref().toString(), f.due().toString(), state(f, today),
                                f.note())).toList());
                return 0;
            }
            LocalDate day = dueBy == null ? today : date(dueBy);
            List<FollowUps.Due> due = ws.followUps().dueBy(day);
            if (due.isEmpty()) {
                out.println(root.msg("No follow-up is due by {0}.", day));
                return 0;
            }
            TextTable.print(out, List.of(root.msg("REF"), root.msg("DUE"), root.msg("STATE"), root.msg("CASE"),
                    root.msg("NAME"), root.msg("NOTE")), due.stream().map(d -> List.of(
                    d.followUp().ref().toString(), d.followUp().due().toString(), state(d.followUp(), today),
                    d.caseRef().toString(), d.caseName(), d.followUp().note())).toList());
        }
        return 0;
    }

    private String state(FollowUp f, LocalDate today) {
        return f.isDone() ? root.msg("done") : f.due().isBefore(today) ? root.msg("overdue") : root.msg("open");
    }

    private LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(),
                    root.msg("--due-by: not a date of the form YYYY-MM-DD: {0}", text));
        }
    }
}
