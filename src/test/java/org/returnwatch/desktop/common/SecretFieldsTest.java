package org.returnwatch.desktop.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.PasswordField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A passphrase typed into a field and taken out of it leaves no copy in the heap: a live heap dump
 * taken afterwards is searched for it, in one byte per character (Java's compact strings and
 * builders) and in two. The same search finds it while the field still holds it, and after a bare
 * {@code clear()}, which only marks the field's buffer empty.
 */
@ExtendWith(ApplicationExtension.class)
class SecretFieldsTest {
    @TempDir
    Path dir;

    @Test
    void aWipedFieldLeavesThePassphraseNowhereInTheHeap() throws Exception {
        byte[] masked = maskedSecret();
        AtomicReference<PasswordField> wiped = new AtomicReference<>();
        AtomicReference<PasswordField> cleared = new AtomicReference<>();
        AtomicReference<char[]> taken = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> {
            wiped.set(typed(masked));
            taken.set(SecretFields.take(wiped.get()));
            SecretFields.wipe(wiped.get());
            cleared.set(typed(masked));
            cleared.get().clear();
        }).get();
        assertThat(new String(taken.get())).hasSize(masked.length);
        Arrays.fill(taken.get(), '\0');

        assertThat(cleared.get().getLength()).isZero();
        assertThat(heapHolds(masked, "cleared")).as("a field that was only cleared still holds it").isTrue();
        cleared.set(null);
        assertThat(heapHolds(masked, "wiped")).as("the wiped field, still on screen, holds none of it").isFalse();
        assertThat(wiped.get().getLength()).isZero();
    }

    /** Typed one character at a time, as a keyboard does. */
    private static PasswordField typed(byte[] masked) {
        PasswordField f = new PasswordField();
        for (byte b : masked) {
            f.insertText(f.getLength(), String.valueOf((char) (b ^ MASK)));
        }
        return f;
    }

    private boolean heapHolds(byte[] masked, String name) throws Exception {
        System.gc();
        Path dump = dir.resolve(name + ".hprof");
        ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).dumpHeap(dump.toString(), true);
        byte[] heap = Files.readAllBytes(dump);
        Files.delete(dump);
        byte[] latin1 = new byte[masked.length];
        byte[] utf16 = new byte[masked.length * 2];
        for (int i = 0; i < masked.length; i++) {
            latin1[i] = (byte) (masked[i] ^ MASK);
            // a heap dump writes characters big-endian
            utf16[2 * i + 1] = latin1[i];
        }
        try {
            return indexOf(heap, latin1) >= 0 || indexOf(heap, utf16) >= 0;
        } finally {
            Arrays.fill(latin1, (byte) 0);
            Arrays.fill(utf16, (byte) 0);
        }
    }

    private static final int MASK = 0x55;

    /** The secret is kept masked, so that the test itself holds no plain copy for the dump to find. */
    private static byte[] maskedSecret() {
        String letters = "abcdefghijklmnopqrstuvwxyz";
        SecureRandom random = new SecureRandom();
        byte[] out = new byte[24];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (letters.getBytes(StandardCharsets.US_ASCII)[random.nextInt(letters.length())] ^ MASK);
        }
        return out;
    }

    private static int indexOf(byte[] hay, byte[] needle) {
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
