package org.returnwatch.app;

import static org.returnwatch.i18n.Phrase.phrase;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.returnwatch.domain.Attachment;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.ItemRef;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;
import org.returnwatch.exchange.SharingCopy;
import org.returnwatch.i18n.Phrase;
import org.returnwatch.store.AttachmentRepository;
import org.returnwatch.store.RecordNotFoundException;
import org.returnwatch.store.Store;
import org.returnwatch.store.StoreException;
import org.returnwatch.work.CancelledException;
import org.returnwatch.work.PrivateFiles;
import org.returnwatch.work.ProgressListener;

/**
 * Evidence files: attaching them to a case, an incident, an actor or a source; listing them; writing
 * them out again exactly (or, for an image, as a copy without its metadata for sharing); and checking
 * that every stored file still has the fingerprint it was taken in with. Files are streamed in and
 * out, never held whole in memory and never written unencrypted anywhere but where the user asks.
 */
public final class Attachments {
    private static final int SNIFF_BYTES = 64 * 1024;

    private final Store store;

    Attachments(Store store) {
        this.store = store;
    }

    /**
     * Takes a file in, attached to the record {@code owner}.
     *
     * @param addedBy the caseworker adding it (the front end's setting), or null
     */
    public Attachment attach(Reference owner, Path file, String note, String addedBy) {
        DomainRecord rec = store.read(tx -> store.findByRef(tx, owner))
                .orElseThrow(() -> new RecordNotFoundException(phrase("no record {0}; nothing was attached",
                        owner)));
        return attach(rec.kind(), rec.id(), file, note, addedBy);
    }

    public Attachment attach(RecordKind kind, UUID owner, Path file, String note, String addedBy) {
        if (!Attachment.OWNERS.contains(kind)) {
            throw new StoreException(phrase("files can be attached to cases, incidents, actors and sources, not "
                    + "to {0}; nothing was attached", Phrase.words(kind.plural())));
        }
        return store(kind, owner, file, note, addedBy, null);
    }

    /**
     * Takes in an edited or redacted copy of a stored file: a new attachment of the same record that
     * points to its original, which stays as it was.
     */
    public Attachment attachCopy(ItemRef original, Path file, String note, String addedBy) {
        Attachment o = get(original);
        return store(o.recordKind(), o.recordId(), file, note, addedBy, o.id());
    }

    /**
     * Takes a file in as the caseworker this database records changes under, reporting how much of it
     * was read; a cancel stops it at the next buffer and stores nothing.
     */
    public Attachment attach(RecordKind kind, UUID owner, Path file, String note, ProgressListener listener) {
        if (!Attachment.OWNERS.contains(kind)) {
            throw new StoreException(phrase("files can be attached to cases, incidents, actors and sources, not "
                    + "to {0}; nothing was attached", Phrase.words(kind.plural())));
        }
        try {
            return store(kind, owner, file, note, store.caseworker(), null, listener);
        } catch (StoreException e) {
            if (listener.cancelled()) {
                throw new CancelledException();
            }
            throw e;
        }
    }

    /** True if a copy without metadata can be made of a file of this type ("Save a copy for sharing"). */
    public boolean canShareWithoutMetadata(Attachment a) {
        return SharingCopy.canStrip(a.mediaType());
    }

    /**
     * A picture of a stored image, or of a stored PDF's first page, at most {@code maxSide} pixels wide
     * and high, made in memory (nothing is written to disk); empty for other files and ones that cannot
     * be read as pictures.
     */
    public java.util.Optional<java.awt.image.BufferedImage> preview(ItemRef ref, int maxSide) {
        Attachment a = get(ref);
        if (!Previews.canPreview(a)) {
            return java.util.Optional.empty();
        }
        return store.read(tx -> store.attachments().readContent(tx, a.id(), in -> Previews.of(a, in, maxSide)));
    }

    private Attachment store(RecordKind kind, UUID owner, Path file, String note, String addedBy, UUID derivedFrom) {
        return store(kind, owner, file, note, addedBy, derivedFrom, ProgressListener.NONE);
    }

    private Attachment store(RecordKind kind, UUID owner, Path file, String note, String addedBy, UUID derivedFrom,
                             ProgressListener listener) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException(phrase("{0}: no such file; nothing was attached", file));
        }
        String name = file.getFileName().toString();
        try (InputStream in = new BufferedInputStream(new Counting(Files.newInputStream(file), Files.size(file),
                listener), SNIFF_BYTES)) {
            in.mark(SNIFF_BYTES);
            String type = MediaTypes.detect(in, name);
            in.reset();
            Attachment draft = new Attachment(UUID.randomUUID(), null, kind, owner, name, type, 0, null, addedBy,
                    Instant.now(), note, derivedFrom);
            return store.write(tx -> store.attachments().insert(tx, draft, in));
        } catch (NoSuchFileException e) {
            throw new StoreException(phrase("{0}: no such file; nothing was attached", file));
        } catch (IOException e) {
            throw new StoreException(phrase("{0} cannot be read ({1}); nothing was attached", file,
                    e.getMessage()), e);
        }
    }

    /** The files attached to a record, oldest first. */
    public List<Attachment> list(Reference owner) {
        return store.read(tx -> {
            DomainRecord rec = store.findByRef(tx, owner)
                    .orElseThrow(() -> new RecordNotFoundException(phrase("no record {0}", owner)));
            return store.attachments().forRecord(tx, rec.id());
        });
    }

    public List<Attachment> list(UUID owner) {
        return store.read(tx -> store.attachments().forRecord(tx, owner));
    }

    /**
     * Deletes a file so that it can still be undone ({@link #undoDelete}) until {@link #deleteForGood};
     * meanwhile it shows nowhere and its history says it was deleted.
     */
    public Attachment delete(ItemRef ref) {
        return store.write(tx -> store.attachments().delete(tx, ref));
    }

    /** Brings back a file deleted and not yet for good; answers the record it is attached to. */
    public DomainRecord undoDelete(Attachment deleted) {
        return store.write(tx -> {
            tx.origin(org.returnwatch.store.ChangeOrigin.REVERT, "delete of " + deleted.ref() + " undone");
            Attachment a = store.attachments().undelete(tx, deleted.id());
            return store.find(tx, a.recordKind(), a.recordId()).orElseThrow(() -> new RecordNotFoundException(
                    phrase("the record {0} was attached to no longer exists", deleted.ref())));
        });
    }

    /** Makes a delete final: the file's row and bytes leave the database. */
    public void deleteForGood(Attachment deleted) {
        store.write(tx -> store.attachments().purgeDeleted(tx, deleted.id()));
    }

    /** Deletes a file at once and for good (the command line has no undo). */
    public Attachment deleteNow(ItemRef ref) {
        return store.write(tx -> {
            Attachment a = store.attachments().delete(tx, ref);
            store.attachments().purgeDeleted(tx, a.id());
            return a;
        });
    }

    public Attachment get(ItemRef ref) {
        return store.read(tx -> store.attachments().findByRef(tx, ref))
                .orElseThrow(() -> new RecordNotFoundException(phrase("no attachment {0}", ref)));
    }

    /** Reads a stored file (for a thumbnail or a preview inside the program: nothing is written to disk). */
    public <T> T read(ItemRef ref, AttachmentRepository.ContentReader<T> reader) {
        Attachment a = get(ref);
        return store.read(tx -> store.attachments().readContent(tx, a.id(), reader));
    }

    /**
     * Writes the stored file's exact bytes to {@code out} (a file that must not exist yet, or a folder
     * to write it into under its original name), checking on the way that they still have their
     * fingerprint. A mismatch, or any failure, leaves no file.
     *
     * @return the attachment and where it was written
     */
    public Extracted extract(ItemRef ref, Path out) {
        Attachment a = get(ref);
        Path target = target(a, out);
        return new Extracted(a, target, writeExact(a, target));
    }

    /**
     * Writes the copy of a stored image without its metadata (EXIF GPS position, camera, author) for
     * sharing; the stored original keeps it.
     */
    public Extracted extractForSharing(ItemRef ref, Path out) {
        Attachment a = get(ref);
        if (!SharingCopy.canStrip(a.mediaType())) {
            throw new StoreException(phrase("{0} is {1}: a copy without metadata can be made of JPEG and PNG "
                    + "images only; nothing was written", ref, a.mediaType()));
        }
        Path target = target(a, out);
        try {
            PrivateFiles.write(target, false, os -> store.read(tx -> store.attachments().readContent(tx, a.id(),
                    in -> {
                        SharingCopy.write(a.mediaType(), in, os);
                        return null;
                    })));
        } catch (FileAlreadyExistsException e) {
            throw new StoreException(phrase("{0} exists; choose another name; nothing was written", target));
        } catch (IOException e) {
            throw new StoreException(phrase("cannot write {0} ({1}); nothing was written", target,
                    e.getMessage()));
        }
        return new Extracted(a, target, null);
    }

    /** Where a file was written; {@code sha256} is that of the bytes written (null for a sharing copy). */
    public record Extracted(Attachment attachment, Path file, String sha256) {
    }

    private String writeExact(Attachment a, Path target) {
        String[] written = new String[1];
        try {
            PrivateFiles.write(target, false, os -> {
                HashingOutput h = new HashingOutput(os);
                store.read(tx -> store.attachments().readContent(tx, a.id(), in -> in.transferTo(h)));
                written[0] = h.sha256();
                if (!written[0].equals(a.sha256())) {
                    throw new FingerprintMismatch();
                }
            });
        } catch (FingerprintMismatch e) {
            throw new StoreException(phrase("the stored bytes of {0} no longer match their fingerprint (SHA-256 {1}); "
                    + "run verify-attachments; nothing was written", a.ref(), a.sha256()));
        } catch (FileAlreadyExistsException e) {
            throw new StoreException(phrase("{0} exists; choose another name; nothing was written", target));
        } catch (IOException e) {
            throw new StoreException(phrase("cannot write {0}: {1}; nothing was written", target, e.getMessage()));
        }
        return written[0];
    }

    private static Path target(Attachment a, Path out) {
        if (Files.isDirectory(out)) {
            return out.resolve(safeName(a.fileName()));
        }
        return out;
    }

    /** A stored name as a plain file name: no folders, nothing hidden. */
    static String safeName(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\x00-\\x1f:*?\"<>|]", "_").strip();
        while (base.startsWith(".")) {
            base = base.substring(1);
        }
        return base.isEmpty() ? "attachment" : base;
    }

    /** One stored file whose bytes were hashed again. */
    public record Check(Attachment attachment, String sha256, long size) {
        public boolean matches() {
            return attachment.sha256().equals(sha256) && attachment.size() == size;
        }
    }

    /** Hashes every stored file again (slow for large files: reports progress, can be cancelled). */
    public List<Check> verifyAll(ProgressListener listener) {
        List<Attachment> all = store.read(tx -> store.attachments().all(tx));
        List<Check> checks = new ArrayList<>(all.size());
        long done = 0;
        for (Attachment a : all) {
            listener.checkCancelled();
            long[] size = new long[1];
            String sha = store.read(tx -> store.attachments().readContent(tx, a.id(), in -> {
                HashingOutput h = new HashingOutput(OutputStream.nullOutputStream());
                size[0] = in.transferTo(h);
                return h.sha256();
            }));
            checks.add(new Check(a, sha, size[0]));
            listener.progress(++done, all.size());
        }
        return checks;
    }

    /** Reports the bytes read to a listener, and stops reading when it was cancelled. */
    private static final class Counting extends java.io.FilterInputStream {
        private final long total;
        private final ProgressListener listener;
        private long done;

        Counting(InputStream in, long total, ProgressListener listener) {
            super(in);
            this.total = total;
            this.listener = listener;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (listener.cancelled()) {
                // an IOException, not the CancelledException: the database reads through this stream
                throw new IOException("cancelled");
            }
            int n = super.read(b, off, len);
            if (n > 0) {
                done += n;
                listener.progress(done, total);
            }
            return n;
        }
    }

    /** Hashes what passes through. */
    private static final class HashingOutput extends DigestOutputStream {
        HashingOutput(OutputStream out) {
            super(out, sha256Digest());
        }

        String sha256() {
            return HexFormat.of().formatHex(getMessageDigest().digest());
        }

        private static MessageDigest sha256Digest() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is not available in this Java runtime", e);
            }
        }
    }

    /** The bytes read back differ from those stored: the written copy is removed and the user told why. */
    private static final class FingerprintMismatch extends IOException {
        private static final long serialVersionUID = 1L;
    }
}
