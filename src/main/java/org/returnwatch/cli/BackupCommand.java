package org.returnwatch.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.returnwatch.app.Databases;
import org.returnwatch.app.Workspace;
import org.returnwatch.store.DatabaseFile;
import org.returnwatch.store.Passphrase;
import org.returnwatch.work.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, name = "backup",
        description = {"Back up the whole database to one encrypted file (AES-256-GCM, key from "
        + "the passphrase); a damaged or changed backup is detected on restore.",
    "Safe while the database is in use: the backup is a consistent copy, never the open files."})
final class BackupCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the backup file to write")
    Path out;

    @Override
    public Integer call() {
        DatabaseFile file = root.databaseFile();
        try (Passphrase p = root.passphrase(false)) {
            root.waitForNextTry(file);
            try (Workspace w = Databases.open(file, p, false)) {
                w.transfers().backup(out, p, ProgressListener.NONE);
            }
        }
        root.spec.commandLine().getOut().println("Backed up " + file + " to " + out
                + " (encrypted; it opens with the same passphrase: restore " + out + ")");
        return 0;
    }
}
