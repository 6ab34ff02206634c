package org.returnwatch.work;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;

/**
 * Files and folders readable by their owner only, and writes that reach the disk. Every file
 * ReturnWatch writes (database, key file, exports, backups, their partial files) is created 0600 and
 * every folder it creates 0700; where the file system has no POSIX permissions (Windows) the new file
 * gets an access list naming its owner alone. Permissions are given at creation, so there is no
 * moment at which another user of the machine could open the file.
 */
public final class PrivateFiles {
    private static final FileAttribute<?> FILE_MODE = PosixFilePermissions.asFileAttribute(
            PosixFilePermissions.fromString("rw-------"));
    private static final FileAttribute<?> FOLDER_MODE = PosixFilePermissions.asFileAttribute(
            PosixFilePermissions.fromString("rwx------"));

    /** Writes the content of a file. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private PrivateFiles() {
    }

    /**
     * Writes {@code target} (replacing it only if {@code replace}) through an owner-only partial file
     * beside it, synced and moved into place in one step: on any failure no file is left at
     * {@code target} or beside it, and once this returns the new contents survive a power cut.
     */
    public static void write(Path target, boolean replace, Content content) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (!replace && Files.exists(absolute)) {
            throw new FileAlreadyExistsException(target + " exists; choose another name");
        }
        Path part = absolute.resolveSibling("." + absolute.getFileName() + "." + random() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(createFile(part), StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            sync(part);
            if (!replace && Files.exists(absolute)) {
                // an atomic move replaces silently on POSIX: a file that appeared meanwhile is kept
                throw new FileAlreadyExistsException(target + " exists; choose another name");
            }
            moveDurably(part, absolute);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** Creates an empty file readable by its owner only; fails if it exists. */
    public static Path createFile(Path file) throws IOException {
        if (posix(file)) {
            return Files.createFile(file, FILE_MODE);
        }
        Files.createFile(file);
        restrictToOwner(file);
        return file;
    }

    /** Makes a file another program wrote (H2's compacted copy of a database) readable by its owner only. */
    public static void keepToOwner(Path file) throws IOException {
        if (posix(file)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } else {
            restrictToOwner(file);
        }
    }

    /**
     * Creates the folder and any missing parents; each one created here is 0700. Existing folders are left as
     * they are.
     */
    public static Path createFolders(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            return absolute;
        }
        Path parent = absolute.getParent();
        if (parent != null) {
            createFolders(parent);
        }
        if (posix(parent == null ? absolute : parent)) {
            Files.createDirectory(absolute, FOLDER_MODE);
        } else {
            Files.createDirectory(absolute);
            restrictToOwner(absolute);
        }
        return absolute;
    }

    /** A new file (replacing one left by an earlier failed attempt) open for writing, owner-only. */
    public static OutputStream newOutputStream(Path file) throws IOException {
        Files.deleteIfExists(file);
        createFile(file);
        return Files.newOutputStream(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /**
     * Writes {@code bytes} to {@code target} through a temporary file beside it: the temporary file is
     * synced, renamed over the target in one step, and the folder is synced, so that after a crash or a
     * power cut the target holds either its old or its new contents, and the new ones for good once
     * this returns.
     */
    public static void writeDurably(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        createFile(tmp);
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(ch);
                out.write(bytes);
                out.flush();
                ch.force(true);
            }
            moveDurably(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Renames in one step (replacing the target) and syncs the folder so the rename itself survives a power cut. */
    public static void moveDurably(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
        syncFolder(to.toAbsolutePath().getParent());
    }

    /** Forces a file's contents to the disk. */
    public static void sync(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /**
     * Forces a folder's entries (a rename, a new file) to the disk. Linux and macOS allow it; Windows
     * cannot open a folder this way and makes renames durable itself, so there it is skipped.
     */
    public static void syncFolder(Path folder) {
        if (folder == null) {
            return;
        }
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows: folders cannot be opened as files
        }
    }

    private static String random() {
        byte[] r = new byte[6];
        Randomness.fill(r);
        return HexFormat.of().formatHex(r);
    }

    private static boolean posix(Path p) {
        FileSystem fs = p.getFileSystem();
        return fs.supportedFileAttributeViews().contains("posix");
    }

    /** Windows: replaces the inherited access list with one entry giving the owner full control. */
    private static void restrictToOwner(Path p) throws IOException {
        AclFileAttributeView view = Files.getFileAttributeView(p, AclFileAttributeView.class);
        if (view == null) {
            return;
        }
        UserPrincipal owner = Files.getOwner(p);
        AclEntry entry = AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
                .setPermissions(EnumSet.allOf(AclEntryPermission.class)).build();
        view.setAcl(List.of(entry));
    }
}
