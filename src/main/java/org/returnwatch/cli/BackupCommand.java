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

@Command(mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, name = "backup")
final class BackupCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Option(names = "--out", required = true, paramLabel = "FILE")
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
        root.spec.commandLine().getOut().println(root.msg("Backed up {0} to {1} (encrypted; it opens with the same "
                + "passphrase: restore {1})", file, out));
        return 0;
    }
}
