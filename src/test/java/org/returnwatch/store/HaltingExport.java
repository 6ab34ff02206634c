package org.returnwatch.store;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.returnwatch.work.PrivateFiles;

/**
 * Run in a child process: does what an export does up to the middle of writing its partial file
 * (registers it, creates it owner-only, writes plain text into it), then halts as kill -9 would.
 */
public final class HaltingExport {
    static final int HALT_STATUS = 7;
    static final String TEXT = "{\"cases\":[{\"name\":\"Halfwritten Marker\"";

    private HaltingExport() {
    }

    public static void main(String[] args) throws Exception {
        try (Store store = TestDatabases.open(Path.of(args[0]))) {
            Path part = PartialOutputs.begin(store.database(), Path.of(args[1]));
            OutputStream out = PrivateFiles.newOutputStream(part);
            out.write(TEXT.getBytes(StandardCharsets.UTF_8));
            out.flush();
            Runtime.getRuntime().halt(HALT_STATUS);
        }
    }
}
