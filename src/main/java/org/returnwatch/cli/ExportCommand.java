package org.returnwatch.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.returnwatch.exchange.JsonExchange;
import org.returnwatch.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "export", description = "Write the whole database to one JSON document (docs/json-format.md).")
final class ExportCommand implements Callable<Integer> {
    enum Format { json }

    @ParentCommand
    RootCommand root;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "json")
    Format format;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "the file to write")
    Path out;

    @Override
    public Integer call() {
        try (Store store = root.openStore()) {
            new JsonExchange().exportTo(store, out);
        }
        root.spec.commandLine().getOut().println("Exported to " + out);
        return 0;
    }
}
