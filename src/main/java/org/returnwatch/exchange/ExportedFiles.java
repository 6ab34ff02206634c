package org.returnwatch.exchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.returnwatch.domain.Attachment;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.Reference;
import org.returnwatch.store.Store;

/**
 * The evidence files of the records a zip export holds, under {@code attachments/}, with a manifest:
 * {@code attachments/manifest.json} (what each file is, what it is attached to, its fingerprint) and
 * {@code attachments/SHA256SUMS}, which {@code sha256sum -c} checks. Each file is streamed from the
 * database into the zip. In a pseudonymised export the files are named by their code only, without
 * their names, notes or who added them, and JPEG and PNG images are written without their metadata
 * (GPS position, camera, author); the manifest then gives both the fingerprint of what was written and
 * that of the stored original.
 */
final class ExportedFiles {
    static final String FOLDER = "attachments/";
    static final ExportedFiles NONE = new ExportedFiles(null, List.of(), Map.of(), false, null);

    private final Store store;
    private final List<Attachment> files;
    private final Map<UUID, Reference> refs;
    private final boolean pseudonymised;
    private final ObjectMapper mapper;

    private ExportedFiles(Store store, List<Attachment> files, Map<UUID, Reference> refs, boolean pseudonymised,
                          ObjectMapper mapper) {
        this.store = store;
        this.files = files;
        this.refs = refs;
        this.pseudonymised = pseudonymised;
        this.mapper = mapper;
    }

    /** The files attached to the cases, incidents, actors and sources {@code d} holds. */
    static ExportedFiles of(Store store, Dataset d, boolean pseudonymised, ObjectMapper mapper) {
        Set<UUID> owners = new HashSet<>();
        for (List<? extends DomainRecord> list : List.of(d.cases(), d.incidents(), d.actors(), d.sources())) {
            list.forEach(r -> owners.add(r.id()));
        }
        List<Attachment> files = store.read(tx -> store.attachments().all(tx)).stream()
                .filter(a -> owners.contains(a.recordId())).toList();
        return new ExportedFiles(store, files, d.refs(), pseudonymised, mapper);
    }

    static boolean isInFolder(String zipEntry) {
        return zipEntry.startsWith(FOLDER) || zipEntry.contains("/" + FOLDER);
    }

    int count() {
        return files.size();
    }

    void writeTo(ZipOutputStream zip) throws IOException {
        if (files.isEmpty()) {
            return;
        }
        ArrayNode manifest = mapper.createArrayNode();
        StringBuilder sums = new StringBuilder();
        for (Attachment a : files) {
            String path = path(a);
            boolean strip = pseudonymised && SharingCopy.canStrip(a.mediaType());
            zip.putNextEntry(new ZipEntry(FOLDER + path));
            DigestOutputStream out = new DigestOutputStream(new NoClose(zip), sha256());
            store.read(tx -> store.attachments().readContent(tx, a.id(), in -> {
                if (strip) {
                    SharingCopy.write(a.mediaType(), in, out);
                } else {
                    in.transferTo(out);
                }
                return null;
            }));
            zip.closeEntry();
            String written = HexFormat.of().formatHex(out.getMessageDigest().digest());
            sums.append(written).append("  ").append(path).append('\n');
            manifest.add(entry(a, path, written, strip));
        }
        zip.putNextEntry(new ZipEntry(FOLDER + "manifest.json"));
        mapper.writerWithDefaultPrettyPrinter().writeValue(new NoClose(zip), manifest);
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(FOLDER + "SHA256SUMS"));
        zip.write(sums.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private ObjectNode entry(Attachment a, String path, String written, boolean stripped) {
        ObjectNode n = mapper.createObjectNode();
        n.put("ref", a.ref().toString());
        n.put("path", path);
        Reference owner = refs.get(a.recordId());
        n.put("attachedTo", owner == null ? null : owner.toString());
        n.put("mediaType", a.mediaType());
        n.put("sha256", written);
        if (stripped) {
            n.put("metadataRemoved", true);
            n.put("originalSha256", a.sha256());
        } else {
            n.put("size", a.size());
        }
        n.put("addedAt", a.addedAt().toString());
        if (a.derivedFrom() != null) {
            files.stream().filter(o -> o.id().equals(a.derivedFrom())).findFirst()
                    .ifPresent(o -> n.put("copyOf", o.ref().toString()));
        }
        if (!pseudonymised) {
            n.put("fileName", a.fileName());
            n.put("addedBy", a.addedBy());
            n.put("note", a.note());
        }
        return n;
    }

    /** Where the file goes in the zip: its code and, unless pseudonymised, its own name. */
    private String path(Attachment a) {
        if (pseudonymised) {
            String name = a.fileName();
            int dot = name.lastIndexOf('.');
            String ext = dot > 0 && name.length() - dot <= 6 ? name.substring(dot).toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z0-9.]", "") : "";
            return a.ref() + ext;
        }
        String safe = a.fileName().replace('\\', '/');
        safe = safe.substring(safe.lastIndexOf('/') + 1).replaceAll("[\\x00-\\x1f:*?\"<>|]", "_");
        while (safe.startsWith(".")) {
            safe = safe.substring(1);
        }
        return a.ref() + "/" + (safe.isBlank() ? "file" : safe);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this Java runtime", e);
        }
    }

    /** The zip stays open for the next entry when a writer closes what it was given. */
    private static final class NoClose extends java.io.FilterOutputStream {
        NoClose(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

}
