package org.returnwatch.exchange;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Set;
import org.apache.commons.imaging.ImageFormats;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.JpegIptcRewriter;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;

/**
 * The copy of an image made to be shared: the same picture without what its file says about where,
 * with what and by whom it was taken (EXIF with its GPS position and camera, XMP, IPTC author and
 * caption). A JPEG keeps its compressed picture untouched (only metadata segments are dropped); a
 * PNG is decoded and written again, which is lossless and keeps none of its text or EXIF chunks.
 * The stored original is never changed.
 */
public final class SharingCopy {
    /** The media types a sharing copy can be made of. */
    public static final Set<String> STRIPPABLE = Set.of("image/jpeg", "image/png");

    /** Images larger than this are refused rather than decoded into memory. */
    static final long MAX_BYTES = 200L * 1024 * 1024;

    private SharingCopy() {
    }

    public static boolean canStrip(String mediaType) {
        return STRIPPABLE.contains(mediaType);
    }

    /** Writes the copy of {@code original} (of {@code mediaType}) without its metadata to {@code out}. */
    public static void write(String mediaType, InputStream original, OutputStream out) throws IOException {
        if (!canStrip(mediaType)) {
            throw new IOException("a copy without metadata can be made of JPEG and PNG images only, not " + mediaType);
        }
        byte[] bytes = original.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_BYTES + 1));
        if (bytes.length > MAX_BYTES) {
            throw new IOException("the image is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        try {
            if (mediaType.equals("image/jpeg")) {
                out.write(jpegWithoutMetadata(bytes));
            } else {
                BufferedImage image = Imaging.getBufferedImage(bytes);
                Imaging.writeImage(image, out, ImageFormats.PNG);
            }
        } catch (ImagingException e) {
            throw new IOException("the image cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static byte[] jpegWithoutMetadata(byte[] jpeg) throws IOException {
        ByteArrayOutputStream noExif = new ByteArrayOutputStream(jpeg.length);
        new ExifRewriter().removeExifMetadata(jpeg, noExif);
        ByteArrayOutputStream noXmp = new ByteArrayOutputStream(jpeg.length);
        new JpegXmpRewriter().removeXmpXml(noExif.toByteArray(), noXmp);
        ByteArrayOutputStream noIptc = new ByteArrayOutputStream(jpeg.length);
        new JpegIptcRewriter().removeIptc(noXmp.toByteArray(), noIptc);
        return noIptc.toByteArray();
    }
}
