package org.returnwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.domain.Attachment;
import org.returnwatch.domain.Case;
import org.returnwatch.store.Store;
import org.returnwatch.store.StoreException;
import org.returnwatch.store.TestDatabases;

/**
 * A photo shared with a journalist or a court must not tell where it was taken, on which phone, by
 * whom; the stored original keeps all of it.
 */
class SharingCopyTest {
    private static final double LONGITUDE = -79.3832;
    private static final double LATITUDE = 43.6532;

    @TempDir
    Path dir;
    Workspace ws;
    Case owner;

    @BeforeEach
    void database() throws Exception {
        Store store = TestDatabases.create(Files.createDirectories(dir.resolve("db")));
        ws = TestWorkspaces.of(store);
        owner = store.write(tx -> store.cases().insert(tx, Case.named("Photographed")));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void theSharingCopyOfAJpegHasNoGpsDeviceOrAuthorAndTheOriginalKeepsThem() throws Exception {
        Path photo = Files.write(dir.resolve("agent-outside.jpg"), jpegWithGps());
        assertThat(gps(Files.readAllBytes(photo))).as("the test photo carries a position").isNotNull();
        Attachment a = ws.attachments().attach(owner.ref(), photo, null, null);

        Path shared = ws.attachments().extractForSharing(a.ref(), dir.resolve("shared.jpg")).file();
        Path original = ws.attachments().extract(a.ref(), dir.resolve("original.jpg")).file();

        byte[] sharedBytes = Files.readAllBytes(shared);
        JpegImageMetadata meta = (JpegImageMetadata) Imaging.getMetadata(sharedBytes);
        assertThat(meta == null || meta.getExif() == null).as("no EXIF left in the copy").isTrue();
        assertThat(new String(sharedBytes, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("PhoneMaker").doesNotContain("Secret Photographer");
        BufferedImage picture = ImageIO.read(shared.toFile());
        assertThat(picture.getWidth()).isEqualTo(64);
        assertThat(new Color(picture.getRGB(10, 10)).getRed()).isGreaterThan(150);

        assertThat(Files.readAllBytes(original)).isEqualTo(Files.readAllBytes(photo));
        var gps = gps(Files.readAllBytes(original));
        assertThat(gps.getLatitudeAsDegreesNorth()).isCloseTo(LATITUDE, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(ws.attachments().verifyAll(org.returnwatch.work.ProgressListener.NONE))
                .allMatch(Attachments.Check::matches);
    }

    @Test
    void aSharingCopyOfAnythingButAJpegOrPngIsRefusedAndWritesNothing() throws Exception {
        Attachment a = ws.attachments()
                .attach(owner.ref(), Files.writeString(dir.resolve("n.txt"), "text"), null, null);
        Path out = dir.resolve("n-shared.txt");
        assertThatThrownBy(() -> ws.attachments().extractForSharing(a.ref(), out)).isInstanceOf(StoreException.class)
                .hasMessageContaining("JPEG and PNG");
        assertThat(out).doesNotExist();
    }

    private static org.apache.commons.imaging.formats.tiff.TiffImageMetadata.GpsInfo gps(byte[] jpeg) throws Exception {
        JpegImageMetadata meta = (JpegImageMetadata) Imaging.getMetadata(jpeg);
        return meta == null || meta.getExif() == null ? null : meta.getExif().getGpsInfo();
    }

    /** A JPEG as a phone writes it: EXIF with a GPS position, the camera's make and model, the author. */
    static byte[] jpegWithGps() throws Exception {
        BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 64, 48);
        g.dispose();
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(img, "jpeg", plain);
        TiffOutputSet exif = new TiffOutputSet();
        exif.setGpsInDegrees(LONGITUDE, LATITUDE);
        var root = exif.getOrCreateRootDirectory();
        root.add(TiffTagConstants.TIFF_TAG_MAKE, "PhoneMaker");
        root.add(TiffTagConstants.TIFF_TAG_MODEL, "Model 7");
        root.add(TiffTagConstants.TIFF_TAG_ARTIST, "Secret Photographer");
        ByteArrayOutputStream tagged = new ByteArrayOutputStream();
        new ExifRewriter().updateExifMetadataLossless(plain.toByteArray(), tagged, exif);
        return tagged.toByteArray();
    }
}
