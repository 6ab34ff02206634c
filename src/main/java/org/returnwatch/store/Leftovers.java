package org.returnwatch.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Removes what an interrupted command left behind, when the database next opens: the partial files
 * of exports and backups it had registered (see {@link PartialOutputs}), and the new database files
 * of a restore or passphrase change that never got put in place. The database is open, so H2's lock
 * keeps any other program from being in the middle of such a command on it.
 */
final class Leftovers {
    private Leftovers() {
    }

    static void clean(Database db) {
        PartialOutputs.removeAll(db);
        String base = baseName(db.file());
        Pattern ours = Pattern.compile(Pattern.quote(base) + "-(restoring|rekeying)-[0-9a-f]{8}"
                + "(\\.mv\\.db|\\.rwkey|\\.rwkey\\.tmp)|" + Pattern.quote(base) + "\\.rwkey\\.tmp");
        try (Stream<Path> files = Files.list(db.folder())) {
            List<Path> found = files.filter(p -> ours.matcher(p.getFileName().toString()).matches()).toList();
            found.forEach(KeyFiles::deleteQuietly);
        } catch (IOException e) {
            // an unreadable folder: nothing can be found there either
        }
    }

    static String baseName(DatabaseFile file) {
        String name = file.dataFile().getFileName().toString();
        return name.substring(0, name.length() - DatabaseFile.DATA_SUFFIX.length());
    }
}
