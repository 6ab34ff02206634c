package org.returnwatch.exchange;

import static org.returnwatch.i18n.Phrase.phrase;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.returnwatch.store.StoreException;
import org.returnwatch.work.PrivateFiles;

/**
 * Where the files of a CSV export go: a folder or a zip. Both are written beside the destination
 * first and moved into place at the end, so a failure never leaves a half export. An existing folder
 * is replaced only if it holds nothing but the files of an earlier export.
 */
abstract class CsvSink {
    interface FileWriter {
        void write(String name, OutputStream out) throws IOException;
    }

    abstract void write(List<String> names, FileWriter writer);

    /** More entries for a zip, written after the CSV files. */
    interface ZipExtras {
        void writeTo(ZipOutputStream zip) throws IOException;
    }

    static CsvSink zip(Path out, OutputFiles.Parts parts, ZipExtras extras) {
        return new CsvSink() {
            @Override
            void write(List<String> names, FileWriter writer) {
                OutputFiles.writeAtomically(parts, out, os -> {
                    ZipOutputStream zip = new ZipOutputStream(os);
                    for (String name : names) {
                        zip.putNextEntry(new ZipEntry(name));
                        writer.write(name, zip);
                        zip.closeEntry();
                    }
                    extras.writeTo(zip);
                    zip.finish();
                });
            }
        };
    }

    static CsvSink folder(Path out, OutputFiles.Parts parts) {
        return new CsvSink() {
            @Override
            void write(List<String> names, FileWriter writer) {
                Path target = out.toAbsolutePath().normalize();
                checkReplaceable(target);
                Path part = parts.begin(target);
                try {
                    deleteTree(part);
                    PrivateFiles.createFolders(part);
                    for (String name : names) {
                        Path file = part.resolve(name);
                        try (OutputStream os = PrivateFiles.newOutputStream(file)) {
                            writer.write(name, os);
                        }
                        PrivateFiles.sync(file);
                    }
                    deleteTree(target);
                    Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
                    PrivateFiles.syncFolder(target.getParent());
                } catch (IOException e) {
                    throw new StoreException(phrase("cannot write {0}: {1}", out, e.getMessage()));
                } finally {
                    try {
                        deleteTree(part);
                    } catch (IOException ignored) {
                        // the original outcome is the one to report
                    }
                    parts.end(part);
                }
            }
        };
    }

    private static void checkReplaceable(Path target) {
        if (Files.isRegularFile(target)) {
            throw new StoreException(phrase("{0} is a file; give a folder for a CSV export (or a name ending in "
                    + ".zip)", target));
        }
        if (!Files.isDirectory(target)) {
            return;
        }
        try (Stream<Path> entries = Files.list(target)) {
            boolean onlyOurs = entries.allMatch(p -> Files.isRegularFile(p)
                    && CsvLayout.byFile(p.getFileName().toString()).isPresent());
            if (!onlyOurs) {
                throw new StoreException(phrase("{0} holds other files; export into a new folder", target));
            }
        } catch (IOException e) {
            throw new StoreException(phrase("cannot read the folder {0}", target));
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> all = Files.walk(p)) {
            for (Path q : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
    }
}
