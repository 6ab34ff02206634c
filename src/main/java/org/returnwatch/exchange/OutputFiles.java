package org.returnwatch.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.returnwatch.store.StoreException;

/** Writing an export so that a failure or a cancel never leaves half a file where the user looks for it. */
final class OutputFiles {
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private OutputFiles() {
    }

    /** Writes to {@code NAME.part} beside {@code out}, then moves it into place in one step. */
    static void writeAtomically(Path out, Content content) {
        Path target = out.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw new StoreException(out + " is a folder; give a file name");
        }
        Path tmp = target.resolveSibling(target.getFileName() + ".part");
        try {
            try (OutputStream os = Files.newOutputStream(tmp)) {
                content.writeTo(os);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("cannot write " + out + ": " + e.getMessage());
        } finally {
            deleteQuietly(tmp);
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
