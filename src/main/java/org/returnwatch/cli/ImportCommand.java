package org.returnwatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.returnwatch.exchange.ImportBatch;
import org.returnwatch.exchange.JsonExchange;
import org.returnwatch.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "import", description = {"Import a ReturnWatch JSON document: everything is checked first, "
        + "then written in one transaction, or nothing is.",
    "Records already imported (same id, or same reference when the file has no ids) are updated, not duplicated."})
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Parameters(paramLabel = "PATH", description = "the JSON document")
    Path path;

    @Option(names = "--dry-run", description = "check and report, write nothing")
    boolean dryRun;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(path)) {
            throw new CommandFailedException(path + ": no such file");
        }
        try (Store store = root.openStore()) {
            JsonExchange exchange = new JsonExchange();
            ImportBatch batch = dryRun ? exchange.check(store, path) : exchange.importFile(store, path);
            root.spec.commandLine().getOut().println((dryRun ? "Would import " : "Imported ") + batch.describe()
                    + " from " + path);
        }
        return 0;
    }
}
