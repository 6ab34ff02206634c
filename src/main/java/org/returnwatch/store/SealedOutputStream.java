package org.returnwatch.store;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts a stream in blocks of 64 KiB, each sealed with AES-256-GCM. Each block's nonce holds
 * its number and whether it is the last, so blocks cannot be reordered, dropped or cut off
 * without the reader noticing; H2's own script cipher has no such integrity check. Blocks (rather
 * than one GCM message) let a large backup be checked and restored without holding it in memory.
 */
final class SealedOutputStream extends OutputStream {
    static final int BLOCK = 64 * 1024;
    static final int TAG_BITS = 128;

    private final DataOutputStream out;
    private final SecretKey key;
    private final byte[] noncePrefix;
    private final byte[] aad;
    private final byte[] buffer = new byte[BLOCK];
    private int filled;
    private int counter;
    private boolean closed;

    SealedOutputStream(OutputStream out, SecretKey key, byte[] noncePrefix, byte[] aad) {
        this.out = new DataOutputStream(out);
        this.key = key;
        this.noncePrefix = noncePrefix.clone();
        this.aad = aad.clone();
    }

    static byte[] nonce(byte[] prefix, int counter, boolean last) {
        byte[] n = new byte[12];
        System.arraycopy(prefix, 0, n, 0, prefix.length);
        n[7] = (byte) (counter >>> 24);
        n[8] = (byte) (counter >>> 16);
        n[9] = (byte) (counter >>> 8);
        n[10] = (byte) counter;
        n[11] = (byte) (last ? 1 : 0);
        return n;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            if (filled == BLOCK) {
                seal(false);
            }
            int n = Math.min(len, BLOCK - filled);
            System.arraycopy(b, off, buffer, filled, n);
            filled += n;
            off += n;
            len -= n;
        }
    }

    private void seal(boolean last) throws IOException {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce(noncePrefix, counter, last)));
            c.updateAAD(aad);
            byte[] sealed = c.doFinal(buffer, 0, filled);
            out.writeByte(last ? 1 : 0);
            out.writeInt(sealed.length);
            out.write(sealed);
            counter++;
            filled = 0;
            java.util.Arrays.fill(buffer, (byte) 0);
        } catch (GeneralSecurityException e) {
            throw new IOException("AES-GCM is not available in this Java runtime", e);
        }
    }

    /** Seals what is left as the last block; without it the file reads as cut off. */
    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            seal(true);
            out.close();
        }
    }
}
