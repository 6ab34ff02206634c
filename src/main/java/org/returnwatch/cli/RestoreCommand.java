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

@Command(mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, name = "restore")
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Parameters(paramLabel = "FILE")
    Path backup;

    @Override
    public Integer call() {
        DatabaseFile file = root.databaseFile();
        Map<RecordKind, Integer> counts;
        try (Passphrase p = root.passphrase(false)) {
            counts = Databases.restore(backup, file, p, ProgressListener.NONE);
        }
        // the kinds' words are the window's ("cases", "sources" …), shared with it
        String what = counts.entrySet().stream()
                .map(e -> e.getValue() + " " + root.words().plural(e.getKey())).collect(Collectors.joining(", "));
        root.spec.commandLine().getOut().println(root.msg("Restored {0} into {1}: {2}", backup, file, what));
        return 0;
    }
}
