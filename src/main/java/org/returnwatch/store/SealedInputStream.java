package org.returnwatch.store;

import static org.returnwatch.i18n.Phrase.phrase;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.returnwatch.i18n.Phrase;

/**
 * Reads what {@link SealedOutputStream} wrote, checking every block before handing out a byte of
 * it: a changed, missing, reordered or cut-off block, or anything after the last one, is a
 * {@link DamagedException}.
 */
final class SealedInputStream extends InputStream {
    private final DataInputStream in;
    private final SecretKey key;
    private final byte[] noncePrefix;
    private final byte[] aad;
    private byte[] plain = new byte[0];
    private int pos;
    private int counter;
    private boolean ended;

    SealedInputStream(InputStream in, SecretKey key, byte[] noncePrefix, byte[] aad) {
        this.in = new DataInputStream(in);
        this.key = key;
        this.noncePrefix = noncePrefix.clone();
        this.aad = aad.clone();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (pos == plain.length) {
            if (ended) {
                return -1;
            }
            nextBlock();
        }
        int n = Math.min(len, plain.length - pos);
        System.arraycopy(plain, pos, b, off, n);
        pos += n;
        return n;
    }

    private void nextBlock() throws IOException {
        boolean last;
        byte[] sealed;
        try {
            int flag = in.readUnsignedByte();
            if (flag > 1) {
                throw new DamagedException(phrase("block {0} is not valid", counter + 1));
            }
            last = flag == 1;
            int length = in.readInt();
            if (length < SealedOutputStream.TAG_BITS / 8 || length > SealedOutputStream.BLOCK
                    + SealedOutputStream.TAG_BITS / 8) {
                throw new DamagedException(phrase("block {0} is not valid", counter + 1));
            }
            sealed = new byte[length];
            in.readFully(sealed);
        } catch (EOFException e) {
            throw new DamagedException(phrase("it is incomplete: it ends before its last block (cut off while "
                    + "copying?)"));
        }
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(SealedOutputStream.TAG_BITS,
                    SealedOutputStream.nonce(noncePrefix, counter, last)));
            c.updateAAD(aad);
            plain = c.doFinal(sealed);
            pos = 0;
        } catch (AEADBadTagException e) {
            throw new DamagedException(phrase("block {0} fails its integrity check", counter + 1));
        } catch (GeneralSecurityException e) {
            throw new IOException("AES-GCM is not available in this Java runtime", e);
        }
        counter++;
        if (last) {
            ended = true;
            if (in.read() != -1) {
                throw new DamagedException(phrase("there is data after its last block"));
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** The file was changed or cut off after it was written. */
    static final class DamagedException extends PhrasedIOException {
        private static final long serialVersionUID = 1L;

        DamagedException(Phrase phrase) {
            super(phrase);
        }
    }
}
