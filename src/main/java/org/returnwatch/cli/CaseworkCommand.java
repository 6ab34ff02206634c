package org.returnwatch.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.returnwatch.app.Casework;
import org.returnwatch.app.Workspace;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.CaseStatus;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "casework", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Show or change a case's status, date opened and the caseworker holding it:",
            "  casework RW-C-0001 --status closed --reason \"returned to the lawyer\"",
            "  casework RW-C-0001 --holder \"Mei Lin\" --opened 2025-01-20",
            "The holder is one of the team's caseworkers (caseworker --team; --holder \"\" for nobody)."})
final class CaseworkCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "REF", description = "the case (RW-C-…)")
    String ref;

    @Option(names = "--status", paramLabel = "STATUS", description = "open, monitoring or closed")
    String status;

    @Option(names = "--reason", paramLabel = "TEXT", description = "why the case was closed (needed to close it)")
    String reason;

    @Option(names = "--opened", paramLabel = "DATE", description = "the day the case was opened (YYYY-MM-DD)")
    String opened;

    @Option(names = "--holder", paramLabel = "NAME", description = "the caseworker who holds it")
    String holder;

    @Override
    public Integer call() {
        Reference caseRef = Refs.record(spec, ref);
        if (caseRef.kind() != RecordKind.CASE) {
            throw new ParameterException(spec.commandLine(), ref + " is not a case (RW-C-…)");
        }
        CaseStatus newStatus = status == null ? null : CaseStatus.fromWord(status).orElseThrow(() ->
                new ParameterException(spec.commandLine(), "--status: '" + status + "' is not a status (use open, "
                        + "monitoring or closed)"));
        LocalDate day = opened == null ? null : date(opened);
        Case c;
        try (Workspace ws = root.openWorkspace()) {
            if (newStatus == null && reason == null && day == null && holder == null) {
                c = (Case) ws.lookup().byRef(caseRef).orElseThrow(() -> new CommandFailedException("no case "
                        + caseRef));
            } else {
                c = ws.casework().change(caseRef, new Casework.Change(newStatus, reason, day, holder));
            }
        }
        PrintWriter out = root.spec.commandLine().getOut();
        out.println(c.ref() + "  " + c.displayName());
        out.println("  status: " + c.status().label() + (c.closeReason() == null ? "" : " (" + c.closeReason() + ")"));
        out.println("  opened: " + (c.opened() == null ? "not known" : c.opened()));
        out.println("  held by: " + (c.holder() == null ? "nobody" : c.holder()));
        return 0;
    }

    private LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "--opened: '" + text + "' is not a date of the form "
                    + "YYYY-MM-DD");
        }
    }
}
