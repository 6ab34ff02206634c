package org.returnwatch.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Partial files (an export or a backup being written beside its destination) registered inside the
 * encrypted database before they are made, so that if the program is killed before it renames or
 * removes one, the next opening of the database removes it: an export is plain text. The paths stay
 * in the database, never in a file of their own.
 */
public final class PartialOutputs {
    public static final String SUFFIX = ".part";

    private PartialOutputs() {
    }

    /** The partial file for {@code target} ({@code NAME.part} beside it), registered before the caller creates it. */
    public static Path begin(Database db, Path target) {
        Path part = target.toAbsolutePath().normalize().resolveSibling(target.getFileName() + SUFFIX);
        if (!db.isReadOnly()) {
            db.write(tx -> {
                Sql.update(tx, "MERGE INTO pending_output (path, started_at) KEY (path) VALUES (?, ?)",
                        List.of(part.toString(), OffsetDateTime.now(ZoneOffset.UTC)));
                return null;
            });
        }
        return part;
    }

    /** The partial file is gone (renamed into place or removed): forget it. */
    public static void end(Database db, Path part) {
        if (!db.isReadOnly()) {
            db.write(tx -> Sql.update(tx, "DELETE FROM pending_output WHERE path = ?", List.of(part.toString())));
        }
    }

    static void removeAll(Database db) {
        List<String> paths = db.read(tx -> Sql.query(tx, "SELECT path FROM pending_output", List.of(),
                rs -> rs.getString(1)));
        if (paths.isEmpty()) {
            return;
        }
        for (String p : paths) {
            Path part = Path.of(p);
            if (part.getFileName().toString().endsWith(SUFFIX)) {
                deleteTree(part);
            }
        }
        db.write(tx -> Sql.update(tx, "DELETE FROM pending_output", List.of()));
    }

    /** A CSV export's partial output is a folder. */
    private static void deleteTree(Path p) {
        if (!Files.exists(p)) {
            return;
        }
        try (var all = Files.walk(p)) {
            for (Path q : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(q);
            }
        } catch (IOException e) {
            // left for the next opening
        }
    }
}
