package org.returnwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After every command has run on records whose names are unique markers, no marker is found, in
 * UTF-8 or UTF-16, anywhere but in the encrypted database and the files the user chose to export:
 * not in the database's folder, the backup, the home folder, the temporary folder or the log lines.
 * Every file ReturnWatch wrote is readable by its owner only, every folder it made 0700.
 */
class NoTraceOutsideTheStoreTest {
    @TempDir
    Path dir;

    @Test
    void markersAppearOnlyInTheEncryptedDatabaseAndTheChosenExports() throws Exception {
        EveryCommand every = new EveryCommand(dir);
        Path home = Files.createDirectories(dir.resolve("home"));
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        ChildCli cli = new ChildCli().env("HOME", home.toString()).env("TMPDIR", tmp.toString())
                .jvm("-Duser.home=" + home).jvm("-Djava.io.tmpdir=" + tmp);
        EveryCommand.Run run = every.runAll(cli);

        assertThat(found(run.processErr().getBytes(StandardCharsets.UTF_8))).as("log lines: " + run.processErr())
                .isEmpty();
        for (EveryCommand.Outcome o : run.outcomes()) {
            assertThat(found(o.err().getBytes(StandardCharsets.UTF_8))).as("error lines: " + o.err()).isEmpty();
        }
        List<String> leaks = new ArrayList<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                if (p.startsWith(every.input.getParent()) || every.chosenOutputs.stream().anyMatch(p::startsWith)) {
                    continue;
                }
                for (String m : found(Files.readAllBytes(p))) {
                    leaks.add(dir.relativize(p) + ": " + m);
                }
            }
        }
        assertThat(leaks).isEmpty();
        assertThat(Files.readString(every.chosenOutputs.get(0))).as("the export the user chose holds them")
                .contains(EveryCommand.LATIN, EveryCommand.CHINESE);

        for (Path p : List.of(every.db, every.db.resolveSibling("cases.rwkey"), every.restored,
                every.restored.resolveSibling("restored.rwkey"), every.backup, every.chosenOutputs.get(0),
                every.chosenOutputs.get(1), every.chosenOutputs.get(2), every.chosenOutputs.get(4)
                        .resolve("cases.csv"))) {
            assertThat(mode(p)).as(p.toString()).isEqualTo("rw-------");
        }
        assertThat(mode(every.initialised.getParent())).as("the folder init made").isEqualTo("rwx------");
        assertThat(mode(every.initialised)).isEqualTo("rw-------");
        assertThat(mode(every.chosenOutputs.get(4))).as("a CSV export's folder").isEqualTo("rwx------");
        try (Stream<Path> left = Files.list(every.db.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("cases.mv.db",
                    "cases.rwkey", "restored.mv.db", "restored.rwkey");
        }
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).as("nothing left in the temporary folder").isEmpty();
        }
    }

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
    }

    /** The markers whose text is in {@code bytes} in UTF-8 or UTF-16 (either order), as written or in lower case. */
    static List<String> found(byte[] bytes) {
        List<String> out = new ArrayList<>();
        for (String marker : EveryCommand.MARKERS) {
            for (String form : List.of(marker, marker.toLowerCase(Locale.ROOT))) {
                for (var cs : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
                    if (indexOf(bytes, form.getBytes(cs)) >= 0) {
                        out.add(form + " (" + cs + ")");
                    }
                }
            }
        }
        return out;
    }

    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
