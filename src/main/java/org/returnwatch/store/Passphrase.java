package org.returnwatch.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A passphrase held as characters so it can be wiped; {@link #close()} overwrites it. Never
 * converted to a String, never logged.
 */
public final class Passphrase implements AutoCloseable {
    private final char[] chars;

    private Passphrase(char[] chars) {
        this.chars = chars;
    }

    /** Takes ownership of {@code chars}: the caller must not reuse the array. */
    public static Passphrase adopt(char[] chars) {
        return new Passphrase(chars);
    }

    /** Reads the first line of a UTF-8 file; the bytes read are wiped. */
    public static Passphrase fromFile(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new StoreException("passphrase file not found: " + file);
        } catch (IOException e) {
            throw new StoreException("passphrase file cannot be read: " + file);
        }
        try {
            CharBuffer decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            int end = 0;
            while (end < decoded.limit() && decoded.get(end) != '\n' && decoded.get(end) != '\r') {
                end++;
            }
            char[] line = new char[end];
            decoded.get(line, 0, end);
            Arrays.fill(decoded.array(), '\0');
            return new Passphrase(line);
        } catch (CharacterCodingException e) {
            throw new StoreException("passphrase file is not UTF-8 text: " + file);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    public boolean isEmpty() {
        return chars.length == 0;
    }

    public int length() {
        return chars.length;
    }

    /** The characters themselves, for the key derivation only; do not keep a reference. */
    char[] chars() {
        return chars;
    }

    @Override
    public void close() {
        Arrays.fill(chars, '\0');
    }
}
