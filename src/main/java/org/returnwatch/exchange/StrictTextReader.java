package org.returnwatch.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes text strictly, knowing the line of every character, so that a byte that is not valid in
 * the encoding (a Latin-1 "é" in a UTF-8 file) is reported on its own line instead of being turned
 * into "?" silently. A NUL character (UTF-16 text read as UTF-8) and a record longer than
 * {@link InputLimits#MAX_RECORD_CHARS} since the last {@link #markRecord()} are refused too.
 */
final class StrictTextReader extends Reader {
    /** Where and why the text could not be read. */
    static final class BadTextException extends IOException {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final boolean recordTooLong;

        BadTextException(int line, String message, boolean recordTooLong) {
            super(message);
            this.line = line;
            this.recordTooLong = recordTooLong;
        }

        int line() {
            return line;
        }

        /** The limit was hit somewhere inside a record; the caller knows on which line it started. */
        boolean recordTooLong() {
            return recordTooLong;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final String encoding;
    private final ByteBuffer bytes = ByteBuffer.allocate(8192);
    private boolean eof;
    private boolean flushed;
    private int line = 1;
    private long sinceMark;
    private BadTextException pending;

    StrictTextReader(InputStream in, Charset charset) {
        this.in = in;
        this.encoding = charset.name();
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.flip();
    }

    /** A CSV record ended: the record length limit counts from here. */
    void markRecord() {
        sinceMark = 0;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (pending != null) {
            throw pending;
        }
        if (len == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(buf, off, len);
        while (out.position() == off && !flushed) {
            CoderResult r = decoder.decode(bytes, out, eof);
            if (r.isError()) {
                int at = bytes.get(bytes.position()) & 0xff;
                pending = new BadTextException(lineAfter(buf, off, out.position()), String.format(
                        "is not %s text: byte 0x%02X cannot be read; save the file as %s", encoding, at,
                        encoding.equals("UTF-8") ? "UTF-8 (in Excel: \"CSV UTF-8\")" : encoding), false);
                break;
            }
            if (r.isUnderflow()) {
                if (eof) {
                    decoder.flush(out);
                    flushed = true;
                } else {
                    bytes.compact();
                    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                    if (n < 0) {
                        eof = true;
                    } else {
                        bytes.position(bytes.position() + n);
                    }
                    bytes.flip();
                }
            }
        }
        int n = out.position() - off;
        if (n == 0) {
            if (pending != null) {
                throw pending;
            }
            return -1;
        }
        account(buf, off, n);
        return n;
    }

    private int lineAfter(char[] buf, int off, int end) {
        int l = line;
        for (int i = off; i < end; i++) {
            if (buf[i] == '\n') {
                l++;
            }
        }
        return l;
    }

    private void account(char[] buf, int off, int n) throws BadTextException {
        for (int i = off; i < off + n; i++) {
            if (buf[i] == '\0') {
                throw new BadTextException(line, "holds a NUL character: it is not " + encoding
                        + " text (UTF-16?); save it as UTF-8", false);
            }
            if (buf[i] == '\n') {
                line++;
            }
        }
        sinceMark += n;
        if (sinceMark > InputLimits.MAX_RECORD_CHARS + 16_384) {
            throw new BadTextException(line, "holds a record longer than " + InputLimits.MAX_RECORD_CHARS
                    / (1024 * 1024) + " MB (a quote left open?)", true);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
