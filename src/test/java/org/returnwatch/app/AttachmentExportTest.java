package org.returnwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipFile;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.domain.Attachment;
import org.returnwatch.domain.Case;
import org.returnwatch.exchange.Exports;
import org.returnwatch.exchange.JsonExchange;
import org.returnwatch.exchange.RedactionProfile;
import org.returnwatch.exchange.Selection;
import org.returnwatch.store.Store;
import org.returnwatch.store.TestDatabases;
import org.returnwatch.work.ProgressListener;

/**
 * Evidence files in a zip export: exact, with a manifest of hashes; left out of, or cleaned for, a pseudonymised
 * one.
 */
class AttachmentExportTest {
    @TempDir
    Path dir;
    Workspace ws;
    Case owner;
    Attachment photo;
    byte[] photoBytes;

    @BeforeEach
    void aCaseWithAPhoto() throws Exception {
        Store store = TestDatabases.create(Files.createDirectories(dir.resolve("db")));
        ws = TestWorkspaces.of(store);
        owner = store.write(tx -> store.cases().insert(tx, Case.named("Zhang Example")));
        photoBytes = SharingCopyTest.jpegWithGps();
        photo = ws.attachments().attach(owner.ref(), Files.write(dir.resolve("Zhang at the door.jpg"), photoBytes),
                "taken by his neighbour", "M. Chen");
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void aZipExportCarriesTheFilesAndAManifestOfTheirHashesAndStillImports() throws Exception {
        Path zip = dir.resolve("all.zip");
        Exports.Report report = ws.transfers().export(new Exports.Request(Exports.Format.CSV, zip, Selection.ALL, null),
                ProgressListener.NONE);

        assertThat(report.attachments()).isEqualTo(1);
        Map<String, byte[]> entries = read(zip);
        assertThat(entries.get("attachments/RW-ATT-0001/Zhang at the door.jpg")).isEqualTo(photoBytes);
        assertThat(new String(entries.get("attachments/SHA256SUMS"), "UTF-8"))
                .isEqualTo(photo.sha256() + "  RW-ATT-0001/Zhang at the door.jpg\n");
        JsonNode manifest = new JsonExchange().mapper().readTree(entries.get("attachments/manifest.json")).get(0);
        assertThat(manifest.get("sha256").asText()).isEqualTo(photo.sha256());
        assertThat(manifest.get("attachedTo").asText()).isEqualTo(owner.ref().toString());
        assertThat(manifest.get("fileName").asText()).isEqualTo("Zhang at the door.jpg");
        assertThat(manifest.get("size").asLong()).isEqualTo(photoBytes.length);
        assertThat(entries).containsKey("cases.csv");

        try (Workspace other = TestWorkspaces.of(TestDatabases.create(Files.createDirectories(dir.resolve("other"))))) {
            other.transfers().importPath(zip, null, true, ProgressListener.NONE);
            assertThat(other.lookup().byRef(owner.ref())).isPresent();
        }
    }

    @Test
    void aPseudonymisedExportLeavesTheFilesOutUnlessAskedAndThenWithoutNamesOrMetadata() throws Exception {
        RedactionProfile standard = RedactionProfile.standard();
        Path plain = dir.resolve("pseudo.zip");
        Exports.Report none = ws.transfers().export(new Exports.Request(Exports.Format.CSV, plain, Selection.ALL,
                standard), ProgressListener.NONE);
        assertThat(none.attachments()).isZero();
        assertThat(read(plain).keySet()).noneMatch(n -> n.startsWith("attachments/"));

        Path asked = dir.resolve("pseudo-with-files.zip");
        ws.transfers().export(new Exports.Request(Exports.Format.CSV, asked, Selection.ALL, standard, true),
                ProgressListener.NONE);
        Map<String, byte[]> entries = read(asked);
        assertThat(entries.keySet()).filteredOn(n -> n.startsWith("attachments/"))
                .containsExactlyInAnyOrder("attachments/RW-ATT-0001.jpg", "attachments/manifest.json",
                        "attachments/SHA256SUMS");
        byte[] shared = entries.get("attachments/RW-ATT-0001.jpg");
        JpegImageMetadata meta = (JpegImageMetadata) Imaging.getMetadata(shared);
        assertThat(meta == null || meta.getExif() == null).as("no EXIF, so no GPS position").isTrue();
        String manifest = new String(entries.get("attachments/manifest.json"), "UTF-8");
        assertThat(manifest).contains(photo.sha256(), "\"metadataRemoved\" : true")
                .doesNotContain("Zhang").doesNotContain("neighbour").doesNotContain("M. Chen");
        assertThat(new String(entries.get("attachments/SHA256SUMS"), "UTF-8"))
                .startsWith(AttachmentRoundTrip.sha256(Files.write(dir.resolve("shared.jpg"), shared)));
    }

    private static Map<String, byte[]> read(Path zip) throws Exception {
        Map<String, byte[]> out = new HashMap<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            var it = z.entries();
            while (it.hasMoreElements()) {
                var e = it.nextElement();
                out.put(e.getName(), z.getInputStream(e).readAllBytes());
            }
        }
        return out;
    }
}
