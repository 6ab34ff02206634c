package org.returnwatch.work;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Files only their owner can read (0600 where the file system has POSIX permissions), written beside
 * their destination and moved into place when complete, so that nobody sees half a file and nothing
 * is left behind when writing fails.
 */
public final class PrivateFiles {
    /** Writes the content of a file. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private PrivateFiles() {
    }

    /**
     * Writes {@code target} (replacing it only if {@code replace}); on any failure no file is left at
     * {@code target} or beside it.
     */
    public static void write(Path target, boolean replace, Content content) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (!replace && Files.exists(absolute)) {
            throw new FileAlreadyExistsException(target + " exists; choose another name");
        }
        Path part = absolute.resolveSibling("." + absolute.getFileName() + "." + random() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(createPrivate(part), StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            if (replace) {
                Files.move(part, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.move(part, absolute, StandardCopyOption.ATOMIC_MOVE);
                // an atomic move replaces silently on POSIX; the check above is the one that refuses
            }
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** Creates an empty file readable by its owner only. */
    public static Path createPrivate(Path file) throws IOException {
        try {
            return Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the user's profile folders are private already
            return Files.createFile(file);
        }
    }

    private static String random() {
        byte[] r = new byte[6];
        new SecureRandom().nextBytes(r);
        return HexFormat.of().formatHex(r);
    }
}
