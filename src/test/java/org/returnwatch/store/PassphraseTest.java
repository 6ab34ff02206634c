package org.returnwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassphraseTest {
    @TempDir
    Path dir;

    @Test
    void readsTheFirstLineOnlyAndWipesOnClose() throws Exception {
        Path file = dir.resolve("pw");
        Files.writeString(file, "längere Passphrase 密码\r\nsecond line\n");
        Passphrase p = Passphrase.fromFile(file);
        char[] held = p.chars();
        assertThat(new String(held)).isEqualTo("längere Passphrase 密码");
        p.close();
        assertThat(held).containsOnly('\0');
    }

    @Test
    void unreadableOrBinaryFilesAreRefusedClearly() throws Exception {
        assertThatThrownBy(() -> Passphrase.fromFile(dir.resolve("absent")))
                .hasMessageStartingWith("passphrase file not found");
        Path binary = dir.resolve("bin");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0x41});
        assertThatThrownBy(() -> Passphrase.fromFile(binary)).hasMessageContaining("is not UTF-8 text");
    }

    @Test
    void anEmptyPassphraseCannotCreateADatabase() {
        try (Passphrase empty = Passphrase.adopt(new char[0])) {
            assertThatThrownBy(() -> Database.create(TestDatabases.file(dir), empty, TestDatabases.FAST))
                    .hasMessage("the passphrase is empty");
        }
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void theDefaultKeyDerivationIsTheSlowOne() {
        assertThat(KdfParams.DEFAULT.iterations()).isGreaterThanOrEqualTo(1_000_000);
    }
}
