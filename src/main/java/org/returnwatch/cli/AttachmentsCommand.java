package org.returnwatch.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.returnwatch.app.Workspace;
import org.returnwatch.domain.Attachment;
import org.returnwatch.exchange.JsonExchange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "attachments", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class AttachmentsCommand implements Callable<Integer> {
    enum Format { table, json }

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "REF")
    String ref;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table")
    Format format;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = root.spec.commandLine().getOut();
        List<Attachment> list;
        try (Workspace ws = root.openWorkspace()) {
            list = ws.attachments().list(Refs.record(spec, ref));
        }
        Map<UUID, String> codes = list.stream().collect(Collectors.toMap(Attachment::id, a -> a.ref().toString()));
        Function<UUID, String> copyOf = id -> id == null ? "" : codes.getOrDefault(id, id.toString());
        if (format == Format.json) {
            JsonExchange json = new JsonExchange();
            ArrayNode arr = json.mapper().createArrayNode();
            for (Attachment a : list) {
                ObjectNode n = arr.addObject();
                n.put("ref", a.ref().toString());
                n.put("fileName", a.fileName());
                n.put("mediaType", a.mediaType());
                n.put("size", a.size());
                n.put("sha256", a.sha256());
                n.put("addedBy", a.addedBy());
                n.put("addedAt", a.addedAt().toString());
                n.put("copyOf", a.derivedFrom() == null ? null : copyOf.apply(a.derivedFrom()));
                n.put("note", a.note());
            }
            out.println(json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(arr));
            return 0;
        }
        if (list.isEmpty()) {
            out.println(root.msg("No files are attached to {0}.", ref.strip().toUpperCase(java.util.Locale.ROOT)));
            return 0;
        }
        TextTable.print(out, List.of(root.msg("REF"), root.msg("FILE"), root.msg("TYPE"), root.msg("SIZE"), "SHA-256",
                root.msg("ADDED"), root.msg("BY"), root.msg("COPY OF"), root.msg("NOTE")),
                list.stream().map(a -> List.of(a.ref().toString(), a.fileName(), a.mediaType(), size(a.size()),
                        a.sha256(), a.addedAt().toString().substring(0, 16).replace('T', ' '),
                        a.addedBy() == null ? "" : a.addedBy(), copyOf.apply(a.derivedFrom()),
                        a.note() == null ? "" : a.note())).toList());
        return 0;
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
