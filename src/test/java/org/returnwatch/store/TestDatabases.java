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

    /**
     * A new empty database, copied from one made (migrations and all) once per test run: making one
     * runs every schema step, which cost most of many a test's time. Each copy is a real encrypted
     * database, but copies share the template's identity and salts; tests about making a database,
     * or that need two databases told apart, use {@link #createFresh}.
     */
    public static Store create(Path dir) {
        Templates.copy("empty", PASSPHRASE, store -> { }, file(dir));
        return open(dir);
    }

    /** A new empty database made from nothing, as {@code init} makes one (with the cheap key derivation). */
    public static Store createFresh(Path dir) {
        try (Passphrase p = passphrase()) {
            return new Store(Database.create(file(dir), p, FAST));
        }
    }

    public static Store open(Path dir) {
        try (Passphrase p = passphrase()) {
            return new Store(Database.open(file(dir), p));
        }
    }

    /**
     * Closes the database with a full compaction whatever its size (closing compacts only files of
     * moderate size, see FileCompaction) and opens it again: for making large benchmark databases.
     */
    public static Store compactAndReopen(Store store, Path dir) {
        store.database().closeCompacted();
        return open(dir);
    }

    /**
     * Makes the database look as a program stopped in the middle of schema 49 left it: the column of when
     * each case last changed added but empty, and the step not recorded, so the next opening upgrades it.
     */
    public static void stoppedDuringSchema49(Store store) {
        store.write(tx -> {
            try (var st = tx.connection().createStatement()) {
                st.execute("DROP INDEX case_last_changed_idx");
                st.execute("ALTER TABLE case_record ALTER COLUMN last_changed SET NULL");
                st.execute("UPDATE case_record SET last_changed = NULL");
                st.execute("DROP TABLE case_word_set"); // made by the versions after 49
                st.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('49', '50', '51')");
            }
            return null;
        });
    }

    /**
     * Drops what schema version 4 added (history, seals, partial-output registry) and its settings, so
     * that a test database looks as an earlier release left it.
     */
    public static void undoHistoryAndSeals(java.sql.Statement st) throws java.sql.SQLException {
        st.execute("DROP TABLE draft");
        st.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '5'");
        st.execute("DROP TABLE history");
        st.execute("DROP TABLE pending_output");
        for (String table : new String[] {"source", "actor", "case_record", "incident", "agreement", "series",
            "data_point", "citation", "link", "tactic", "saved_chart"}) {
            st.execute("ALTER TABLE " + table + " DROP COLUMN seal");
        }
        st.execute("DELETE FROM rw_meta WHERE meta_key IN ('history', 'seal_key', 'database_id', 'caseworker')");
        st.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '4'");
    }

    /** Rewrites the key file as the previous release wrote it: salt, cost and check value only. */
    public static void writePreviousReleaseKeyFile(DatabaseFile file) {
        KeyFile kf = KeyFile.read(file.keyFile());
        java.util.Properties p = new java.util.Properties();
        java.util.Base64.Encoder b64 = java.util.Base64.getEncoder();
        p.setProperty("format", KeyFile.FORMAT_1);
        p.setProperty("kdf", "PBKDF2WithHmacSHA256");
        p.setProperty("iterations", Integer.toString(kf.iterations()));
        p.setProperty("salt", b64.encodeToString(kf.salt()));
        p.setProperty("check", b64.encodeToString(kf.check()));
        try (var out = java.nio.file.Files.newOutputStream(file.keyFile())) {
            p.store(out, null);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A file's SHA-256, to show that a refused command left it byte for byte as it was. */
    public static String digest(Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(java.nio.file.Files.readAllBytes(file)));
    }
}
