package org.returnwatch.store;

import static org.returnwatch.i18n.Phrase.phrase;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.returnwatch.work.ProgressListener;

/**
 * What a backup holds once decrypted: H2's {@code SCRIPT} of the whole database (consistent, and
 * readable by later H2 versions), compressed, one statement per length-prefixed record, then an end
 * marker with the count. Replaying runs only the kinds of statement SCRIPT writes for our schema, so
 * even a backup made by someone who knows the passphrase cannot run code (CREATE ALIAS and the like).
 */
final class BackupScript {
    private static final String FORMAT = "returnwatch-backup-script";
    private static final int VERSION = 1;
    private static final int END = -1;
    private static final int MAX_STATEMENT_BYTES = 64 * 1024 * 1024;
    /** Settings and the user are those of the database restored into, not of the one backed up. */
    private static final List<String> SKIPPED = List.of("--", "SET ", "CREATE USER ");
    private static final List<String> REPLAYED = List.of("CREATE CACHED TABLE ", "CREATE MEMORY TABLE ",
            "ALTER TABLE ", "INSERT INTO ", "CREATE INDEX ", "CREATE UNIQUE INDEX ", "CREATE SEQUENCE ");
    /**
     * How SCRIPT carries large objects (the attachments' bytes): in pieces into a temporary table, joined
     * again by two functions of H2's own while the row is inserted. Only these exact statements are run,
     * so no other function can be declared.
     */
    private static final Set<String> LARGE_OBJECT_STATEMENTS = Set.of(
            "CREATE CACHED LOCAL TEMPORARY TABLE IF NOT EXISTS SYSTEM_LOB_STREAM(ID INT NOT NULL, PART INT NOT NULL, "
                    + "CDATA VARCHAR, BDATA VARBINARY)",
            "CREATE ALIAS IF NOT EXISTS SYSTEM_COMBINE_CLOB FOR 'org.h2.command.dml.ScriptCommand.combineClob'",
            "CREATE ALIAS IF NOT EXISTS SYSTEM_COMBINE_BLOB FOR 'org.h2.command.dml.ScriptCommand.combineBlob'",
            "DROP TABLE IF EXISTS SYSTEM_LOB_STREAM",
            "DROP ALIAS IF EXISTS SYSTEM_COMBINE_CLOB",
            "DROP ALIAS IF EXISTS SYSTEM_COMBINE_BLOB");

    private BackupScript() {
    }

    /** Writes the script of the database {@code c} is connected to; the caller closes nothing on failure. */
    static long write(Connection c, OutputStream sink, ProgressListener listener) throws IOException, SQLException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(sink, 65536),
                65536));
        out.writeUTF(FORMAT);
        out.writeInt(VERSION);
        long count = 0;
        try (Statement st = c.createStatement(); SmallResults small = SmallResults.during(st);
             ResultSet rs = st.executeQuery("SCRIPT")) {
            while (rs.next()) {
                listener.checkCancelled();
                byte[] sql = rs.getString(1).getBytes(StandardCharsets.UTF_8);
                out.writeInt(sql.length);
                out.write(sql);
                listener.progress(++count, -1);
            }
        }
        out.writeInt(END);
        out.writeLong(count);
        out.flush();
        out.close();
        return count;
    }

    /**
     * SCRIPT builds its whole result before the first row is read: the attachments' bytes, as hex
     * text in pieces of 4 KB. H2 keeps up to MAX_MEMORY_ROWS rows of a result in memory (by default
     * 40,000 per GB of heap) before it moves them to its encrypted temporary file; with large files
     * that many pieces outgrow the heap. For the length of the backup the limit is lowered, then put
     * back (it is a database-wide setting: other queries meanwhile only spill sooner).
     */
    private static final class SmallResults implements AutoCloseable {
        private static final int ROWS_DURING_BACKUP = 256;
        private final Statement st;
        private final int before;

        private SmallResults(Statement st, int before) {
            this.st = st;
            this.before = before;
        }

        static SmallResults during(Statement st) throws SQLException {
            int before = defaultRows();
            try (ResultSet rs = st.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                    + "WHERE SETTING_NAME = 'MAX_MEMORY_ROWS'")) {
                if (rs.next()) {
                    before = Integer.parseInt(rs.getString(1));
                }
            }
            if (before > ROWS_DURING_BACKUP) {
                st.execute("SET MAX_MEMORY_ROWS " + ROWS_DURING_BACKUP);
            }
            return new SmallResults(st, before);
        }

        /** H2's own default: 40,000 rows per GB of heap. */
        private static int defaultRows() {
            long max = Runtime.getRuntime().maxMemory();
            return max == Long.MAX_VALUE ? 40_000 : (int) Math.min(Integer.MAX_VALUE, 40_000L * max / (1L << 30));
        }

        @Override
        public void close() throws SQLException {
            if (before > ROWS_DURING_BACKUP) {
                st.execute("SET MAX_MEMORY_ROWS " + before);
            }
        }
    }

    /**
     * Runs the script read from {@code sealed} (the decrypting stream) on {@code c}, then reads on to
     * the end of the file so that its last block, and nothing after it, is checked too.
     */
    static void replay(InputStream sealed, Connection c, ProgressListener listener, LongSupplier bytesRead,
                       long totalBytes) throws IOException, SQLException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(sealed, 65536), 65536));
        try {
            if (!FORMAT.equals(in.readUTF()) || in.readInt() != VERSION) {
                throw new SealedInputStream.DamagedException(phrase("its contents are not a ReturnWatch backup"));
            }
            long count = 0;
            try (Statement st = c.createStatement()) {
                for (int length = in.readInt(); length != END; length = in.readInt()) {
                    if (length < 0 || length > MAX_STATEMENT_BYTES) {
                        throw new SealedInputStream.DamagedException(phrase("its contents are not valid"));
                    }
                    byte[] bytes = new byte[length];
                    in.readFully(bytes);
                    String sql = new String(bytes, StandardCharsets.UTF_8);
                    run(st, sql);
                    count++;
                    listener.checkCancelled();
                    listener.progress(bytesRead.getAsLong(), totalBytes);
                }
            }
            if (in.readLong() != count || in.read() != -1 || sealed.read() != -1) {
                throw new SealedInputStream.DamagedException(phrase("its contents are not valid"));
            }
        } catch (EOFException e) {
            throw new SealedInputStream.DamagedException(phrase("its contents end too early"));
        }
    }

    private static String withoutSemicolon(String sql) {
        return sql.endsWith(";") ? sql.substring(0, sql.length() - 1).stripTrailing() : sql;
    }

    private static void run(Statement st, String sql) throws SQLException, IOException {
        String head = sql.stripLeading().toUpperCase(Locale.ROOT);
        if (SKIPPED.stream().anyMatch(head::startsWith)) {
            return;
        }
        if (LARGE_OBJECT_STATEMENTS.contains(withoutSemicolon(sql.strip()))) {
            st.execute(sql);
            return;
        }
        if (REPLAYED.stream().noneMatch(head::startsWith)) {
            throw new SealedInputStream.DamagedException(phrase("it holds a statement no ReturnWatch backup holds"));
        }
        st.execute(sql);
    }
}
