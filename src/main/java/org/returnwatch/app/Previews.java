package org.returnwatch.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Pictures of images and PDF pages made in memory, for the window: ImageIO is given a memory cache
 * (its default caches in a temporary file, which would put an evidence file on disk unencrypted) and
 * PDFBox a memory-only stream cache, for the same reason.
 */
public final class Previews {
    /** Files larger than this get no preview: the whole of a PDF, or the part of an image read, is held in memory. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private Previews() {
    }

    static boolean canPreview(org.returnwatch.domain.Attachment a) {
        if (a.size() > MAX_BYTES) {
            return false;
        }
        return "application/pdf".equals(a.mediaType())
                || a.isImage() && ImageIO.getImageReadersByMIMEType(a.mediaType()).hasNext();
    }

    static Optional<BufferedImage> of(org.returnwatch.domain.Attachment a, InputStream in, int maxSide)
            throws IOException {
        if ("application/pdf".equals(a.mediaType())) {
            List<BufferedImage> pages = pdfPages(in.readAllBytes(), 1, maxSide);
            return pages.stream().findFirst();
        }
        return image(a.mediaType(), in, maxSide);
    }

    /**
     * An image scaled down while it is read (every n-th pixel), so a large photo never needs its full size in
     * memory.
     */
    private static Optional<BufferedImage> image(String mediaType, InputStream in, int maxSide) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(mediaType);
        if (!readers.hasNext()) {
            return Optional.empty();
        }
        ImageReader reader = readers.next();
        try (ImageInputStream iis = new MemoryCacheImageInputStream(in)) {
            reader.setInput(iis, true, true);
            int w = reader.getWidth(0);
            int h = reader.getHeight(0);
            // every n-th pixel, keeping at least maxSide pixels: the last step down is a smooth scaling
            int step = Math.max(1, Math.max(w, h) / maxSide);
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceSubsampling(step, step, 0, 0);
            return Optional.of(fit(reader.read(0, param), maxSide));
        } catch (IOException | RuntimeException e) {
            // a damaged or unusual image: the window says there is no preview
            return Optional.empty();
        } finally {
            reader.dispose();
        }
    }

    /**
     * The first {@code maxPages} pages of a PDF held in memory, each at most {@code maxSide} pixels
     * on its longer side; empty for a PDF that cannot be read (damaged, or locked by a password).
     */
    public static List<BufferedImage> pdfPages(byte[] pdf, int maxPages, int maxSide) {
        List<BufferedImage> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBuffer(pdf), null, null, null,
                IOUtils.createMemoryOnlyStreamCache())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < Math.min(maxPages, doc.getNumberOfPages()); i++) {
                PDRectangle box = doc.getPage(i).getCropBox();
                float scale = maxSide / Math.max(box.getWidth(), box.getHeight());
                out.add(renderer.renderImage(i, scale));
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        return out;
    }

    private static BufferedImage fit(BufferedImage img, int maxSide) {
        int w = img.getWidth();
        int h = img.getHeight();
        if (Math.max(w, h) <= maxSide) {
            return img;
        }
        double f = maxSide / (double) Math.max(w, h);
        int nw = Math.max(1, (int) Math.round(w * f));
        int nh = Math.max(1, (int) Math.round(h * f));
        BufferedImage out = new BufferedImage(nw, nh, BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = out.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
                java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(img, 0, 0, nw, nh, null);
        g.dispose();
        return out;
    }
}
