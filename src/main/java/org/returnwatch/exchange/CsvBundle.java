package org.returnwatch.exchange;

import static org.returnwatch.i18n.Phrase.phrase;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The CSV files of an export, in a folder or a zip (also a zip made of the export's folder, with the
 * files one level down). Only ".csv" files count; others (a README, "__MACOSX", the evidence files under
 * "attachments/", whatever their names) are left alone. A
 * zip entry is read no further than {@link InputLimits#MAX_FILE_BYTES}, whatever its header claims.
 */
abstract class CsvBundle implements AutoCloseable {
    /** A CSV file of the bundle: its plain name, and how problems name it. */
    record Entry(String name, String shownAs) {
    }

    abstract List<Entry> entries();

    abstract InputStream open(Entry e) throws IOException;

    @Override
    public void close() {
    }

    static boolean isZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }

    static CsvBundle folder(Path dir) {
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(Files::isRegularFile).filter(CsvBundle::isCsv).sorted()
                    .forEach(p -> entries.add(new Entry(p.getFileName().toString(), p.toString())));
        } catch (IOException e) {
            throw new ImportRejectedException(List.of(new Problem(dir.toString(), 0, null, phrase("cannot be read"))));
        }
        return new CsvBundle() {
            @Override
            List<Entry> entries() {
                return entries;
            }

            @Override
            InputStream open(Entry e) throws IOException {
                Path file = dir.resolve(e.name());
                InputLimits.checkSize(file, e.shownAs());
                return Files.newInputStream(file);
            }
        };
    }

    static CsvBundle zip(Path file) {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new ImportRejectedException(List.of(new Problem(file.toString(), 0, null,
                    phrase("is not a valid zip file"))));
        } catch (IOException e) {
            throw new ImportRejectedException(List.of(new Problem(file.toString(), 0, null, phrase("cannot be read"))));
        }
        Map<Entry, ZipEntry> entries = new LinkedHashMap<>();
        zip.stream().filter(z -> !z.isDirectory()).filter(z -> !z.getName().startsWith("__MACOSX/"))
                .filter(z -> !ExportedFiles.isInFolder(z.getName()))
                .filter(z -> z.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".csv"))
                .forEach(z -> {
                    String name = z.getName().substring(z.getName().lastIndexOf('/') + 1);
                    entries.put(new Entry(name, name + " in " + file), z);
                });
        return new CsvBundle() {
            @Override
            List<Entry> entries() {
                return List.copyOf(entries.keySet());
            }

            @Override
            InputStream open(Entry e) throws IOException {
                return new Bounded(zip.getInputStream(entries.get(e)));
            }

            @Override
            public void close() {
                try {
                    zip.close();
                } catch (IOException ignored) {
                    // only read from
                }
            }
        };
    }

    private static boolean isCsv(Path p) {
        return p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
    }

    /** Stops a zip entry that inflates beyond the limit (a zip bomb) instead of filling the memory. */
    private static final class Bounded extends FilterInputStream {
        private long count;

        Bounded(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                grow(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                grow(n);
            }
            return n;
        }

        private void grow(int n) throws IOException {
            count += n;
            if (count > InputLimits.MAX_FILE_BYTES) {
                throw new StrictTextReader.BadTextException(0, "is larger than "
                        + InputLimits.MAX_FILE_BYTES / (1024 * 1024) + " MB; split it into smaller files", false);
            }
        }
    }
}
