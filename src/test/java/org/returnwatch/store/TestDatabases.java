package org.returnwatch.store;

import java.nio.file.Path;

/** Real encrypted databases in a temporary folder, with a cheap key derivation to keep tests quick. */
public final class TestDatabases {
    public static final KdfParams FAST = new KdfParams(1_000);
    public static final String PASSPHRASE = "correct horse battery staple";

    private TestDatabases() {
    }

    public static Passphrase passphrase() {
        return Passphrase.adopt(PASSPHRASE.toCharArray());
    }

    public static DatabaseFile file(Path dir) {
        return new DatabaseFile(dir.resolve("test.mv.db"));
    }

    public static Store create(Path dir) {
        try (Passphrase p = passphrase()) {
            return new Store(Database.create(file(dir), p, FAST));
        }
    }

    public static Store open(Path dir) {
        try (Passphrase p = passphrase()) {
            return new Store(Database.open(file(dir), p));
        }
    }

    /** A file's SHA-256, to show that a refused command left it byte for byte as it was. */
    public static String digest(Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(java.nio.file.Files.readAllBytes(file)));
    }
}
