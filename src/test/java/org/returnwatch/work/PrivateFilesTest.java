package org.returnwatch.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateFilesTest {
    @TempDir
    Path dir;

    @Test
    void aWrittenFileIsTheOwnersAloneAndNothingIsLeftBesideIt() throws IOException {
        Path out = dir.resolve("chart.png");
        PrivateFiles.write(out, false, os -> os.write("first".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(out)).isEqualTo("first");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-------");
        assertThat(names()).containsExactly("chart.png");
    }

    @Test
    void anExistingFileIsKeptUnlessReplacingWasAsked() throws IOException {
        Path out = dir.resolve("report.pdf");
        Files.writeString(out, "kept");
        assertThatThrownBy(() -> PrivateFiles.write(out, false, os -> os.write(1)))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(out)).isEqualTo("kept");
        PrivateFiles.write(out, true, os -> os.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(out)).isEqualTo("new");
        assertThat(names()).containsExactly("report.pdf");
    }

    @Test
    void aWriteThatFailsHalfwayLeavesTheOldFileAndNoPartialOne() throws IOException {
        Path out = dir.resolve("export.json");
        Files.writeString(out, "old");
        assertThatThrownBy(() -> PrivateFiles.write(out, true, os -> {
            os.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(out)).isEqualTo("old");
        assertThat(names()).containsExactly("export.json");
    }

    private java.util.List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }
}
