package org.returnwatch.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.returnwatch.app.Databases;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.store.DatabaseFile;
import org.returnwatch.store.Passphrase;
import org.returnwatch.work.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, name = "restore",
        description = {"Replace the database (or create it) with the contents of a backup.",
    "The backup is checked whole and restored into a new file first; a damaged or foreign file, or a wrong "
        + "passphrase, changes nothing. The passphrase must open the backup and the current database."})
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Parameters(paramLabel = "FILE", description = "the backup file")
    Path backup;

    @Override
    public Integer call() {
        DatabaseFile file = root.databaseFile();
        Map<RecordKind, Integer> counts;
        try (Passphrase p = root.passphrase(false)) {
            counts = Databases.restore(backup, file, p, ProgressListener.NONE);
        }
        String what = counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().plural()).collect(Collectors.joining(", "));
        root.spec.commandLine().getOut().println("Restored " + backup + " into " + file + ": " + what);
        return 0;
    }
}
