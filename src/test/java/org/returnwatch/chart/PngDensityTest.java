package org.returnwatch.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngDensityTest {

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(7, 5, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private static int countChunks(byte[] png, String type) {
        int n = 0;
        ByteBuffer in = ByteBuffer.wrap(png);
        for (int pos = 8; pos + 8 <= png.length; pos += 12 + in.getInt(pos)) {
            if (new String(png, pos + 4, 4, StandardCharsets.US_ASCII).equals(type)) {
                n++;
            }
        }
        return n;
    }

    @Test
    void rewritingTheDensityReplacesAnyEarlierPhysChunkAndKeepsTheImage() throws IOException {
        byte[] at300 = PngDensity.withDpi(png(), 300);
        byte[] at600 = PngDensity.withDpi(at300, 600);

        assertThat(countChunks(at600, "pHYs")).isEqualTo(1);
        assertThat(PngDensity.pixelsPerMetre(600)).isEqualTo(23622);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(at600));
        assertThat(back.getWidth()).isEqualTo(7);
        assertThat(back.getHeight()).isEqualTo(5);
        // ImageIO reads the chunk back (it checks the CRC), and the dpi it implies is ours
        var meta = ImageIO.getImageReadersByFormatName("png").next();
        meta.setInput(ImageIO.createImageInputStream(new ByteArrayInputStream(at600)));
        var node = (javax.imageio.metadata.IIOMetadataNode) meta.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
        var phys = (javax.imageio.metadata.IIOMetadataNode) node.getElementsByTagName("pHYs").item(0);
        assertThat(phys.getAttribute("pixelsPerUnitXAxis")).isEqualTo("23622");
        assertThat(phys.getAttribute("unitSpecifier")).isEqualTo("meter");
    }

    @Test
    void somethingThatIsNotAPngIsRefused() {
        assertThatThrownBy(() -> PngDensity.withDpi("GIF89a".getBytes(StandardCharsets.US_ASCII), 300))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
