package org.returnwatch.store;

import static org.returnwatch.i18n.Phrase.phrase;

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
    /** Far longer than any sentence one types; a longer "passphrase" is a wrong file given by mistake. */
    public static final int MAX_LENGTH = 1024;
    /** A UTF-8 character takes at most 4 bytes, and the line may end in CR LF. */
    private static final int MAX_FILE_BYTES = 4 * MAX_LENGTH + 2;
    private final char[] chars;

    private Passphrase(char[] chars) {
        this.chars = chars;
    }

    /**
     * Takes ownership of {@code chars}: the caller must not reuse the array. Longer than {@link #MAX_LENGTH}:
     * refused (and wiped).
     */
    public static Passphrase adopt(char[] chars) {
        if (chars.length > MAX_LENGTH) {
            Arrays.fill(chars, '\0');
            throw tooLong();
        }
        return new Passphrase(chars);
    }

    private static StoreException tooLong() {
        return new StoreException(phrase("the passphrase is longer than {0} characters; nothing was done",
                String.format("%,d", MAX_LENGTH)));
    }

    /** Reads the first line of a UTF-8 file; the bytes read are wiped. */
    public static Passphrase fromFile(Path file) {
        byte[] bytes;
        if (Files.isDirectory(file)) {
            throw new StoreException(phrase("passphrase file {0} is a folder", file));
        }
        try (var in = Files.newInputStream(file)) {
            // only the first line counts, and no real passphrase needs more than this much of it
            bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new StoreException(phrase("passphrase file not found: {0}", file));
        } catch (IOException e) {
            throw new StoreException(phrase("passphrase file cannot be read: {0}", file));
        }
        try {
            // CR and LF never occur inside a UTF-8 sequence, so the line ends where the first one is
            int lineBytes = 0;
            while (lineBytes < bytes.length && bytes[lineBytes] != '\n' && bytes[lineBytes] != '\r') {
                lineBytes++;
            }
            if (lineBytes > MAX_FILE_BYTES) {
                throw tooLong();
            }
            CharBuffer decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, lineBytes));
            int end = decoded.limit();
            if (end > MAX_LENGTH) {
                Arrays.fill(decoded.array(), '\0');
                throw tooLong();
            }
            char[] line = new char[end];
            decoded.get(line, 0, end);
            Arrays.fill(decoded.array(), '\0');
            return new Passphrase(line);
        } catch (CharacterCodingException e) {
            throw new StoreException(phrase("passphrase file is not UTF-8 text: {0}", file));
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
