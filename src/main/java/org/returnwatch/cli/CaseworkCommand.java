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

@Command(name = "casework", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class CaseworkCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "REF")
    String ref;

    @Option(names = "--status", paramLabel = "STATUS")
    String status;

    @Option(names = "--reason", paramLabel = "TEXT")
    String reason;

    @Option(names = "--opened", paramLabel = "DATE")
    String opened;

    @Option(names = "--holder", paramLabel = "NAME")
    String holder;

    @Override
    public Integer call() {
        Reference caseRef = Refs.record(spec, ref);
        if (caseRef.kind() != RecordKind.CASE) {
            throw new ParameterException(spec.commandLine(), root.msg("{0} is not a case (RW-C-…)", ref));
        }
        CaseStatus newStatus = status == null ? null : CaseStatus.fromWord(status).orElseThrow(() ->
                new ParameterException(spec.commandLine(), root.msg("--status: '{0}' is not a status (use open, "
                        + "monitoring or closed)", status)));
        LocalDate day = opened == null ? null : date(opened);
        Case c;
        try (Workspace ws = root.openWorkspace()) {
            if (newStatus == null && reason == null && day == null && holder == null) {
                c = (Case) ws.lookup().byRef(caseRef).orElseThrow(() -> new CommandFailedException(
                        root.msg("no case {0}", caseRef)));
            } else {
                c = ws.casework().change(caseRef, new Casework.Change(newStatus, reason, day, holder));
            }
        }
        PrintWriter out = root.spec.commandLine().getOut();
        out.println(c.ref() + "  " + c.displayName());
        out.println("  " + root.msg("status: {0}", root.words().label(c.status()))
                + (c.closeReason() == null ? "" : " (" + c.closeReason() + ")"));
        out.println("  " + root.msg("opened: {0}", c.opened() == null ? root.msg("not known") : c.opened()));
        out.println("  " + root.msg("held by: {0}", c.holder() == null ? root.msg("nobody") : c.holder()));
        return 0;
    }

    private LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), root.msg("--opened: '{0}' is not a date of the form "
                    + "YYYY-MM-DD", text));
        }
    }
}
