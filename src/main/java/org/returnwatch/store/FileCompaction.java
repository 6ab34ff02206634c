package org.returnwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * How a database is shut down: compacted when most of its file is dead space. H2 writes every change to
 * new space and frees old space only when a whole chunk is dead; with commits written at once
 * ({@code WRITE_DELAY=0}) it never rewrites half-dead chunks while open, and its own compaction on
 * close stops after 200 ms. Measured (docs/benchmarks.md): 300 single saves left an 82 MB file for
 * 3 MB of records, 8 imports of 1,000 cases a 1.2 GB file for 52 MB, and a new database (46 schema
 * steps) 12 MB for 1 MB. A full compaction rewrites only
 * the live pages (about 4 s for 50 MB on the development machine), so it is done when it pays and when
 * it stays short.
 */
final class FileCompaction {
    /** Below this a file's dead space is not worth a rewrite. */
    static final long SMALLEST_FILE = 8L << 20;
    /** Above this much live data a rewrite would hold up closing for too long. */
    static final long LARGEST_LIVE = 256L << 20;

    private FileCompaction() {
    }

    /** Whether closing should write a compacted copy ({@code SHUTDOWN COMPACT}) rather than just close. */
    static boolean due(Connection c, long fileBytes) throws SQLException {
        return worthCompacting(fileBytes, setting(c, "info.FILL_RATE"), setting(c, "info.CHUNKS_FILL_RATE"));
    }

    /**
     * @param fillRate percent of the file that chunks occupy
     * @param chunksFillRate percent of the chunks' space that live pages occupy
     */
    static boolean worthCompacting(long fileBytes, int fillRate, int chunksFillRate) {
        if (fileBytes < SMALLEST_FILE || fillRate < 0 || chunksFillRate < 0) {
            return false;
        }
        long live = fileBytes / 100 * fillRate / 100 * chunksFillRate;
        return live * 2 < fileBytes && live <= LARGEST_LIVE;
    }

    private static int setting(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Integer.parseInt(rs.getString(1).trim()) : -1;
            }
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
