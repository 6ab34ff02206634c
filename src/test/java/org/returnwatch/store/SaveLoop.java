package org.returnwatch.store;

import java.nio.file.Path;
import org.returnwatch.domain.Case;

/**
 * Run in a child process: saves cases one by one, as the window's Save does, and prints
 * "saved ID" on standard output only once each save has returned (is confirmed), until killed.
 * Arguments: the database file, the passphrase file.
 */
public final class SaveLoop {
    private SaveLoop() {
    }

    public static void main(String[] args) {
        try (Passphrase p = Passphrase.fromFile(Path.of(args[1]));
             Store store = new Store(Database.open(DatabaseFile.of(Path.of(args[0])), p))) {
            for (int i = 0; ; i++) {
                Case c = Case.named("Crash Save " + i);
                store.write(tx -> store.cases().insert(tx, c));
                System.out.println("saved " + c.id());
                System.out.flush();
            }
        }
    }
}
