package org.returnwatch.exchange;

import static org.returnwatch.i18n.Phrase.phrase;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.returnwatch.store.Database;
import org.returnwatch.store.PartialOutputs;
import org.returnwatch.store.StoreException;
import org.returnwatch.work.PrivateFiles;

/**
 * Writing an export so that a failure or a cancel never leaves half a file where the user looks for
 * it: the partial file beside the destination is readable by its owner only, registered in the
 * database it was read from (so a kill leaves nothing that the next opening does not remove), synced,
 * and moved into place in one step.
 */
final class OutputFiles {
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Where a partial file is registered while it exists: a database, or nowhere (a mapping file). */
    interface Parts {
        Parts NONE = new Parts() {
            @Override
            public Path begin(Path target) {
                return target.toAbsolutePath().normalize().resolveSibling(target.getFileName() + PartialOutputs.SUFFIX);
            }

            @Override
            public void end(Path part) {
                // nothing registered
            }
        };

        Path begin(Path target);

        void end(Path part);

        static Parts of(Database db) {
            return new Parts() {
                @Override
                public Path begin(Path target) {
                    return PartialOutputs.begin(db, target);
                }

                @Override
                public void end(Path part) {
                    PartialOutputs.end(db, part);
                }
            };
        }
    }

    private OutputFiles() {
    }

    static void writeAtomically(Path out, Content content) {
        writeAtomically(Parts.NONE, out, content);
    }

    /** Writes to {@code NAME.part} beside {@code out}, then moves it into place in one step. */
    static void writeAtomically(Parts parts, Path out, Content content) {
        Path target = out.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw new StoreException(phrase("{0} is a folder; give a file name", out));
        }
        Path tmp = parts.begin(target);
        try {
            try (OutputStream os = PrivateFiles.newOutputStream(tmp)) {
                content.writeTo(os);
            }
            PrivateFiles.sync(tmp);
            PrivateFiles.moveDurably(tmp, target);
        } catch (IOException e) {
            throw new StoreException(phrase("cannot write {0}: {1}", out, e.getMessage()));
        } finally {
            deleteQuietly(tmp);
            parts.end(tmp);
        }
    }

    static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // the original failure is the one to report
        }
    }
}
