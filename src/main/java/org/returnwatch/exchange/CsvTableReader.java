package org.returnwatch.exchange;

import static org.returnwatch.i18n.Phrase.phrase;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one CSV file into its header and rows, each row with the line it starts on, noting every
 * problem: wrong encoding, UTF-16, ragged rows, a quote left open, a field or record too long. A
 * UTF-8 byte-order mark is accepted. Blank lines are skipped. What the cells mean is for the caller.
 */
final class CsvTableReader {
    /** A row and the line of the file it starts on. */
    record Row(int line, List<String> cells) {
    }

    /** A file's header and rows; empty when it could not be read at all. */
    record Table(String file, List<String> header, List<Row> rows) {
        int column(String name) {
            return header.indexOf(name);
        }
    }

    private final char delimiter;
    private final Charset charset;

    CsvTableReader(char delimiter, Charset charset) {
        this.delimiter = delimiter;
        this.charset = charset;
    }

    static CsvTableReader utf8() {
        return new CsvTableReader(',', StandardCharsets.UTF_8);
    }

    /** Reads at most {@code maxRows} rows after the header (for previews); problems go to {@code problems}. */
    Table read(InputStream raw, String file, Problems problems, int maxRows) {
        List<String> header = List.of();
        List<Row> rows = new ArrayList<>();
        int start = 1;
        try (InputStream in = new BufferedInputStream(raw, 65536)) {
            if (!skipByteOrderMark(in, file, problems)) {
                return new Table(file, header, rows);
            }
            StrictTextReader text = new StrictTextReader(in, charset);
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).build();
            try (CSVParser parser = CSVParser.parse(text, format)) {
                Iterator<CSVRecord> it = parser.iterator();
                while (it.hasNext() && rows.size() < maxRows) {
                    CSVRecord r = it.next();
                    text.markRecord();
                    List<String> cells = r.toList();
                    int line = start;
                    start = (int) parser.getCurrentLineNumber() + 1;
                    if (cells.size() == 1 && cells.get(0).isEmpty()) {
                        continue;
                    }
                    if (header.isEmpty()) {
                        header = cells.stream().map(String::strip).toList();
                        continue;
                    }
                    if (check(file, line, header, cells, problems)) {
                        rows.add(new Row(line, cells));
                    }
                }
            }
            if (header.isEmpty()) {
                problems.add(file, 0, null, phrase("is empty: it has no header row"));
            }
        } catch (UncheckedIOException e) {
            unreadable(e.getCause(), file, start, problems);
        } catch (IOException e) {
            unreadable(e, file, start, problems);
        }
        return new Table(file, header, rows);
    }

    Table read(InputStream raw, String file, Problems problems) {
        return read(raw, file, problems, Integer.MAX_VALUE);
    }

    private static boolean check(String file, int line, List<String> header, List<String> cells, Problems problems) {
        boolean ok = true;
        if (cells.size() != header.size()) {
            problems.add(file, line, null, phrase("has {0} fields but the header has {1} (a missing or extra "
                    + "separator, or a quote not closed on this line?)", cells.size(), header.size()));
            ok = false;
        }
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).length() > InputLimits.MAX_FIELD_CHARS) {
                String column = i < header.size() ? header.get(i) : "#" + (i + 1);
                problems.add(file, line, "column " + column, phrase("is longer than {0} MB, more than any field "
                        + "may hold", InputLimits.MAX_FIELD_CHARS / (1024 * 1024)));
                ok = false;
            }
        }
        return ok;
    }

    private static void unreadable(Throwable e, String file, int recordStart, Problems problems) {
        String message = e == null || e.getMessage() == null ? "" : e.getMessage().toLowerCase(java.util.Locale.ROOT);
        if (e instanceof StrictTextReader.BadTextException bad) {
            problems.add(file, bad.recordTooLong() ? recordStart : bad.line(), null, bad.getMessage());
        } else if (message.contains("eof reached before encapsulated")) {
            problems.add(file, recordStart, null, phrase("a quoted field that starts here is never closed (a \" "
                    + "is missing)"));
        } else if (message.contains("between encapsulated token and delimiter")) {
            problems.add(file, recordStart, null, phrase("has text after a closing quote (a \" inside a quoted "
                    + "field must be doubled: \"\")"));
        } else {
            problems.add(file, recordStart, null, phrase("cannot be read as CSV ({0})",
                    (e == null ? "unknown error" : e.getClass().getSimpleName())));
        }
    }

    /** Accepts a UTF-8 byte-order mark; refuses UTF-16 and UTF-32 with a message that says how to fix it. */
    private boolean skipByteOrderMark(InputStream in, String file, Problems problems) throws IOException {
        in.mark(4);
        byte[] head = in.readNBytes(4);
        in.reset();
        int b0 = head.length > 0 ? head[0] & 0xff : -1;
        int b1 = head.length > 1 ? head[1] & 0xff : -1;
        int b2 = head.length > 2 ? head[2] & 0xff : -1;
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            in.skipNBytes(3);
            return true;
        }
        if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF)) {
            problems.add(file, 1, null, phrase("is UTF-16 text; save it as UTF-8 (in Excel: \"CSV UTF-8\")"));
            return false;
        }
        return true;
    }
}
