package org.returnwatch.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.returnwatch.app.Duplicates;
import org.returnwatch.app.Workspace;
import org.returnwatch.exchange.ImportBatch;
import org.returnwatch.exchange.Imports;
import org.returnwatch.work.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, name = "import",
        description = {"Import a ReturnWatch JSON document, a ReturnWatch CSV export (its folder "
        + "or .zip), or, with --mapping, someone else's CSV (docs/csv-mapping.md).",
    "Everything is checked first, then written in one transaction, or nothing is. Records already imported "
        + "(same id, or same reference when the file has no ids) are updated, not duplicated."})
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Parameters(paramLabel = "PATH", description = "the JSON document, CSV folder, .zip, or CSV file (with --mapping)")
    Path path;

    @Option(names = "--mapping", paramLabel = "FILE", description = "how the columns of a CSV file map to fields")
    Path mapping;

    @Option(names = "--dry-run", description = "check and report, write nothing")
    boolean dryRun;

    @Override
    public Integer call() {
        if (!Files.exists(path)) {
            throw new CommandFailedException(path + ": no such file or folder");
        }
        if (mapping != null && !Files.isRegularFile(mapping)) {
            throw new CommandFailedException(mapping + ": no such file");
        }
        Imports.kindOf(path, mapping);
        try (Workspace w = root.openWorkspace()) {
            ImportBatch batch = w.transfers().importPath(path, mapping, !dryRun, ProgressListener.NONE);
            PrintWriter out = root.spec.commandLine().getOut();
            out.println((dryRun ? "Would import " : "Imported ") + batch.describe() + " from " + path);
            if (dryRun) {
                List<Duplicates.Pair> likely = w.duplicates().inImport(batch,
                        Duplicates.DEFAULT_MIN_SCORE);
                if (!likely.isEmpty()) {
                    out.println("It would add " + likely.size() + " likely duplicate" + (likely.size() == 1 ? "" : "s")
                            + " (the first record of each pair is from the file):");
                    DuplicatesCommand.print(out, likely, DuplicatesCommand.Format.table);
                }
            }
        }
        return 0;
    }
}
