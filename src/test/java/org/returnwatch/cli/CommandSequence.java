package org.returnwatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Run in a child process: runs several command lines one after another in one JVM, as the launcher
 * runs one, so that a trace of the whole sequence pays for one JVM start. The command lines come as a
 * JSON array of arrays of arguments; for each, one JSON line {code, out, err} is printed.
 */
public final class CommandSequence {
    private CommandSequence() {
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode commands = mapper.readTree(Path.of(args[0]).toFile());
        PrintWriter results = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
        for (JsonNode command : commands) {
            List<String> argv = new ArrayList<>();
            command.forEach(a -> argv.add(a.asText()));
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Cli.run(argv.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), System.getenv(),
                    p -> null, java.util.Optional::empty);
            var line = mapper.createObjectNode().put("code", code).put("out", out.toString())
                    .put("err", err.toString());
            results.println(mapper.writeValueAsString(line));
        }
    }
}
