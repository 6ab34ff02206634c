package org.returnwatch.chart;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * Sets a PNG's pHYs chunk (pixels per metre) by rewriting the chunk list, because ImageIO's standard
 * metadata route wrote a wrong density on this stack (85 px/m for 300 dpi).
 */
final class PngDensity {

    static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    static final double METRES_PER_INCH = 0.0254;

    private PngDensity() {
    }

    static long pixelsPerMetre(int dpi) {
        return Math.round(dpi / METRES_PER_INCH);
    }

    /** The same PNG with exactly one pHYs chunk, right after IHDR, saying {@code dpi}. */
    static byte[] withDpi(byte[] png, int dpi) {
        if (png.length < SIGNATURE.length || !Arrays.equals(Arrays.copyOf(png, SIGNATURE.length), SIGNATURE)) {
            throw new IllegalArgumentException("not a PNG");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length + 21);
        out.write(png, 0, SIGNATURE.length);
        ByteBuffer in = ByteBuffer.wrap(png);
        int pos = SIGNATURE.length;
        while (pos + 8 <= png.length) {
            int length = in.getInt(pos);
            String type = new String(png, pos + 4, 4, StandardCharsets.US_ASCII);
            int total = 12 + length;
            if (!type.equals("pHYs")) {
                out.write(png, pos, total);
            }
            if (type.equals("IHDR")) {
                out.writeBytes(physChunk(pixelsPerMetre(dpi)));
            }
            pos += total;
        }
        return out.toByteArray();
    }

    private static byte[] physChunk(long pixelsPerMetre) {
        ByteBuffer chunk = ByteBuffer.allocate(21);
        chunk.putInt(9);
        chunk.put("pHYs".getBytes(StandardCharsets.US_ASCII));
        chunk.putInt((int) pixelsPerMetre);
        chunk.putInt((int) pixelsPerMetre);
        chunk.put((byte) 1); // unit: metre
        CRC32 crc = new CRC32();
        crc.update(chunk.array(), 4, 13);
        chunk.putInt((int) crc.getValue());
        return chunk.array();
    }
}
