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

@Command(mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, name = "import")
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Parameters(paramLabel = "PATH")
    Path path;

    @Option(names = "--mapping", paramLabel = "FILE")
    Path mapping;

    @Option(names = "--dry-run")
    boolean dryRun;

    @Override
    public Integer call() {
        if (!Files.exists(path)) {
            throw new CommandFailedException(root.msg("{0}: no such file or folder", path));
        }
        if (mapping != null && !Files.isRegularFile(mapping)) {
            throw new CommandFailedException(root.msg("{0}: no such file", mapping));
        }
        Imports.kindOf(path, mapping);
        try (Workspace w = root.openWorkspace()) {
            ImportBatch batch = w.transfers().importPath(path, mapping, !dryRun, ProgressListener.NONE);
            PrintWriter out = root.spec.commandLine().getOut();
            out.println(dryRun ? root.msg("Would import {0} from {1}", batch.describe(), path)
                    : root.msg("Imported {0} from {1}", batch.describe(), path));
            if (dryRun) {
                List<Duplicates.Pair> likely = w.duplicates().inImport(batch,
                        Duplicates.DEFAULT_MIN_SCORE);
                if (!likely.isEmpty()) {
                    out.println(likely.size() == 1
                            ? root.msg("It would add 1 likely duplicate (the first record of the pair is from the "
                                    + "file):")
                            : root.msg("It would add {0} likely duplicates (the first record of each pair is from the "
                                    + "file):", likely.size()));
                    DuplicatesCommand.print(out, likely, DuplicatesCommand.Format.table, root.words());
                }
            }
        }
        return 0;
    }
}
