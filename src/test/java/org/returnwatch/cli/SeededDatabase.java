package org.returnwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.returnwatch.seed.SeededTemplate;
import org.returnwatch.store.Templates;

/** A database created by `init` with the seed dataset, and the command line pointed at it. */
final class SeededDatabase {
    static final String PASSPHRASE = "a long enough passphrase";

    final Path db;
    final Path passphraseFile;
    /** How many records the quick database was seeded with (-1 for one made by init). */
    final int records;
    private final CliRunner cli = new CliRunner();

    SeededDatabase(Path dir, String name) {
        this(dir, name, true);
    }

    /** With {@code seed} false, an empty database ({@code init --no-seed}). */
    SeededDatabase(Path dir, String name, boolean seed) {
        db = dir.resolve(name + ".mv.db");
        records = -1;
        passphraseFile = dir.resolve(name + "-pw.txt");
        try {
            Files.writeString(passphraseFile, PASSPHRASE + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CliRunner.Result r = seed ? cli.run("--db", db, "--passphrase-file", passphraseFile, "init")
                : cli.run("--db", db, "--passphrase-file", passphraseFile, "init", "--no-seed");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains(seed ? "seed dataset loaded" : "(empty)").contains(name + ".rwkey");
    }

    private SeededDatabase(Path db, Path passphraseFile, int records) {
        this.db = db;
        this.passphraseFile = passphraseFile;
        this.records = records;
    }

    /**
     * The same seeded database made directly with a cheap key derivation instead of by init (copied from
     * one made once per test run), for tests that open it many times; init itself is tested on the others.
     */
    static SeededDatabase quick(Path dir, String name) {
        return quick(dir, name, true);
    }

    /** An empty database as {@code init --no-seed} makes one, made as {@link #quick(Path, String)} is. */
    static SeededDatabase quickEmpty(Path dir, String name) {
        return quick(dir, name, false);
    }

    private static SeededDatabase quick(Path dir, String name, boolean seed) {
        Path db = dir.resolve(name + ".mv.db");
        Path pw = dir.resolve(name + "-pw.txt");
        try {
            Files.writeString(pw, PASSPHRASE + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Templates.copy(seed ? "seeded" : "empty", PASSPHRASE,
                seed ? SeededTemplate.FILL : store -> { }, org.returnwatch.store.DatabaseFile.of(db));
        try (org.returnwatch.store.Passphrase p = org.returnwatch.store.Passphrase.adopt(PASSPHRASE.toCharArray());
             org.returnwatch.store.Store store = new org.returnwatch.store.Store(org.returnwatch.store.Database.open(
                     org.returnwatch.store.DatabaseFile.of(db), p))) {
            int records = store.read(tx -> store.counts(tx)).values().stream().mapToInt(Integer::intValue).sum();
            return new SeededDatabase(db, pw, records);
        }
    }

    /** Runs a command line against this database, with its passphrase file. */
    CliRunner.Result run(Object... args) {
        Object[] all = new Object[args.length + 4];
        all[0] = "--db";
        all[1] = db;
        all[2] = "--passphrase-file";
        all[3] = passphraseFile;
        System.arraycopy(args, 0, all, 4, args.length);
        return cli.run(all);
    }
}
