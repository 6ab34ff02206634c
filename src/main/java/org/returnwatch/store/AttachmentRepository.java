package org.returnwatch.store;

import static org.returnwatch.i18n.Phrase.phrase;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.returnwatch.domain.Attachment;
import org.returnwatch.domain.ItemRef;
import org.returnwatch.domain.RecordKind;

/**
 * Evidence files inside the encrypted database. The bytes go in and come out as streams (H2 keeps
 * large objects in its own encrypted storage, in pieces), so a file of any size needs no more memory
 * than a buffer. The SHA-256 is computed from the very bytes the database reads in, not from a
 * second read of the file that might differ. There is no way to change the bytes once stored.
 */
public final class AttachmentRepository {
    static final String COLUMNS = "id, ref_number, record_kind, record_id, file_name, media_type, size_bytes, "
            + "sha256, added_by, added_at, note, derived_from";
    private static final String NOT_YET_HASHED = "-".repeat(64);
    /** Not deleted: a file deleted but not yet for good shows nowhere. */
    private static final String LIVE = "deleted_at IS NULL";

    private final RecordDirectory directory;

    AttachmentRepository(RecordDirectory directory) {
        this.directory = directory;
    }

    /** Reads what a stored file holds; the stream is open only for the length of the call. */
    public interface ContentReader<T> {
        T read(InputStream content) throws IOException;
    }

    /**
     * Stores {@code content} read to its end, described by {@code draft} (whose size and hash are
     * ignored: they are those of the bytes read), and answers the stored attachment with its code.
     */
    public Attachment insert(Transaction tx, Attachment draft, InputStream content) {
        directory.requireExists(tx, draft.recordKind(), draft.recordId(), "the record the file is attached to");
        if (draft.derivedFrom() != null && find(tx, draft.derivedFrom()).isEmpty()) {
            throw new ConstraintViolationException(phrase("the original of the copy is not an attachment of this "
                    + "database"));
        }
        Hashing in = new Hashing(content);
        try {
            int number = Sql.query(tx, "SELECT COALESCE(MAX(ref_number), 0) + 1 FROM attachment", List.of(),
                    rs -> rs.getInt(1)).get(0);
            try (PreparedStatement ps = tx.prepare("INSERT INTO attachment (" + COLUMNS + ", content) "
                    + "VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?)")) {
                Sql.bind(ps, Arrays.asList(draft.id(), number, draft.recordKind(), draft.recordId(), draft.fileName(),
                        draft.mediaType(), NOT_YET_HASHED, draft.addedBy(),
                        OffsetDateTime.ofInstant(draft.addedAt(), ZoneOffset.UTC), draft.note(), draft.derivedFrom()));
                ps.setBinaryStream(12, in);
                ps.executeUpdate();
            }
            in.checkRead();
            String sha = in.sha256();
            Attachment stored = draft.stored(new ItemRef(ItemRef.ATTACHMENT, number), in.count(), sha);
            String json = ItemSeals.json(stored);
            Sql.update(tx, "UPDATE attachment SET size_bytes = ?, sha256 = ?, seal = ? WHERE id = ?",
                    List.of(in.count(), sha, ItemSeals.seal(tx, stored, json), draft.id()));
            ItemSeals.journal(tx, HistoryAction.INSERT, ItemSeals.ATTACHMENT, stored.id(), stored.ref(), null, json);
            return stored;
        } catch (SQLException e) {
            in.checkRead();
            throw SqlErrors.translate(e, phrase("storing the file"));
        }
    }

    public Optional<Attachment> find(Transaction tx, UUID id) {
        return select(tx, "WHERE id = ? AND " + LIVE, List.of(id)).stream().findFirst();
    }

    public Optional<Attachment> findByRef(Transaction tx, ItemRef ref) {
        if (!ItemRef.ATTACHMENT.equals(ref.prefix())) {
            return Optional.empty();
        }
        return select(tx, "WHERE ref_number = ? AND " + LIVE, List.of(ref.number())).stream().findFirst();
    }

    /** The files attached to one record, oldest first. */
    public List<Attachment> forRecord(Transaction tx, UUID recordId) {
        return select(tx, "WHERE record_id = ? AND " + LIVE + " ORDER BY ref_number", List.of(recordId));
    }

    /** Every stored file's description, in code order. */
    public List<Attachment> all(Transaction tx) {
        return select(tx, "WHERE " + LIVE + " ORDER BY ref_number", List.of());
    }

    /** Every description, those deleted but not yet for good among them: for sealing. */
    List<Attachment> allIncludingDeleted(Transaction tx) {
        return select(tx, "ORDER BY ref_number", List.of());
    }

    /** The copies made of one file (edited or redacted versions). */
    public List<Attachment> copiesOf(Transaction tx, UUID original) {
        return select(tx, "WHERE derived_from = ? AND " + LIVE + " ORDER BY ref_number", List.of(original));
    }

    /**
     * Deletes a file, not yet for good: it no longer shows anywhere and its history says it was
     * deleted, but its bytes stay until {@link #purgeDeleted} so that the delete can be undone with
     * {@link #undelete}. A file with copies (edited or redacted versions) is refused: its copies first.
     */
    public Attachment delete(Transaction tx, ItemRef ref) {
        Attachment a = findByRef(tx, ref).orElseThrow(() -> new RecordNotFoundException(phrase("no attachment {0}",
                ref)));
        List<Attachment> copies = copiesOf(tx, a.id());
        if (!copies.isEmpty()) {
            throw new ConstraintViolationException(phrase("{0} has copies made from it ({1}); delete them first; "
                    + "nothing was deleted", ref,
                    String.join(", ", copies.stream().map(c -> c.ref().toString()).toList())));
        }
        try {
            Sql.update(tx, "UPDATE attachment SET deleted_at = ? WHERE id = ?", List.of(
                    OffsetDateTime.now(ZoneOffset.UTC), a.id()));
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("deleting {0}", ref));
        }
        ItemSeals.journal(tx, HistoryAction.DELETE, ItemSeals.ATTACHMENT, a.id(), a.ref(), ItemSeals.json(a), null);
        return a;
    }

    /** Brings back a file deleted but not yet for good; its history records it added again. */
    public Attachment undelete(Transaction tx, UUID id) {
        Attachment a = select(tx, "WHERE id = ? AND deleted_at IS NOT NULL", List.of(id)).stream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException(phrase("the deleted file is gone for good and "
                        + "cannot be brought back")));
        try {
            Sql.update(tx, "UPDATE attachment SET deleted_at = NULL WHERE id = ?", List.of(id));
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("bringing back {0}", a.ref()));
        }
        ItemSeals.journal(tx, HistoryAction.INSERT, ItemSeals.ATTACHMENT, a.id(), a.ref(), null, ItemSeals.json(a));
        return a;
    }

    /**
     * Removes for good the rows and bytes of the files deleted so far (or of one, {@code id} not null):
     * after this no read of the database gives them back. Answers how many went.
     */
    public int purgeDeleted(Transaction tx, UUID id) {
        try {
            return id == null ? Sql.update(tx, "DELETE FROM attachment WHERE deleted_at IS NOT NULL", List.of())
                    : Sql.update(tx, "DELETE FROM attachment WHERE deleted_at IS NOT NULL AND id = ?", List.of(id));
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("removing deleted files"));
        }
    }

    public <T> T readContent(Transaction tx, UUID id, ContentReader<T> reader) {
        try (PreparedStatement ps = tx.prepare("SELECT content FROM attachment WHERE id = ? AND " + LIVE)) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new RecordNotFoundException(phrase("the attachment no longer exists"));
                }
                try (InputStream content = rs.getBinaryStream(1)) {
                    return reader.read(content);
                } catch (IOException e) {
                    throw new StoreException(phrase("reading the stored file failed: {0}", e.getMessage()), e);
                }
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("reading the stored file"));
        }
    }

    private List<Attachment> select(Transaction tx, String clause, List<Object> params) {
        try {
            return Sql.query(tx, "SELECT " + COLUMNS + ", seal FROM attachment " + clause, params, rs -> {
                Attachment a = row(rs);
                if (!ItemSeals.matches(tx, rs.getBytes("seal"), () -> ItemSeals.seal(tx, a, ItemSeals.json(a)))) {
                    throw ItemSeals.damaged(a.ref());
                }
                return a;
            });
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("reading the attachments"));
        }
    }

    static Attachment row(ResultSet rs) throws SQLException {
        return new Attachment(Sql.uuid(rs, "id"), new ItemRef(ItemRef.ATTACHMENT, rs.getInt("ref_number")),
                Sql.enumValue(rs, "record_kind", RecordKind.class), Sql.uuid(rs, "record_id"),
                        rs.getString("file_name"),
                rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("added_by"),
                rs.getObject("added_at", OffsetDateTime.class).toInstant(), rs.getString("note"),
                Sql.uuid(rs, "derived_from"));
    }

    /** The SHA-256 of a stream, as lower-case hex. */
    public static String sha256(InputStream in) throws IOException {
        MessageDigest md = newDigest();
        byte[] buffer = new byte[65536];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            md.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this Java runtime", e);
        }
    }

    /**
     * Hashes and counts the bytes as the database reads them, and remembers a failure to read the
     * file (H2 reports it only as a general error).
     */
    private static final class Hashing extends FilterInputStream {
        private final MessageDigest digest;
        private long count;
        private IOException failure;

        Hashing(InputStream in) {
            this(in, newDigest());
        }

        private Hashing(InputStream in, MessageDigest digest) {
            super(new DigestInputStream(in, digest));
            this.digest = digest;
        }

        @Override
        public int read() throws IOException {
            int b = guarded(() -> super.read());
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = guarded(() -> super.read(b, off, len));
            if (n > 0) {
                count += n;
            }
            return n;
        }

        private interface Read {
            int run() throws IOException;
        }

        private int guarded(Read r) throws IOException {
            try {
                return r.run();
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        long count() {
            return count;
        }

        String sha256() {
            return HexFormat.of().formatHex(digest.digest());
        }

        void checkRead() {
            if (failure != null) {
                throw new StoreException(phrase("the file could not be read to its end ({0}); nothing was stored",
                        failure.getMessage()), failure);
            }
        }
    }
}
