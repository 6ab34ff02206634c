package org.returnwatch.store;

import java.nio.file.Path;

/** Run in a child process: commits one case, then halts the JVM at once, as a crash or kill -9 would. */
public final class CrashingWriter {
    static final String NAME = "Committed Before Crash";
    static final int HALT_STATUS = 3;

    private CrashingWriter() {
    }

    public static void main(String[] args) {
        Store store = TestDatabases.open(Path.of(args[0]));
        store.write(tx -> store.cases().insert(tx, Records.caseNamed(NAME)));
        Runtime.getRuntime().halt(HALT_STATUS);
    }
}
