package org.returnwatch.desktop.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file chosen in ReturnWatch leaves no trace in the desktop's list of recent files; others stay. */
class RecentFilesTest {
    @TempDir
    Path dir;

    private static String bookmark(Path p) {
        return "  <bookmark href=\"" + p.toUri() + "\" added=\"2026-11-30T10:00:00Z\">\n    <info>\n"
                + "      <metadata owner=\"http://freedesktop.org\"><mime:mime-type type=\"application/json\"/>"
                + "</metadata>\n    </info>\n  </bookmark>\n";
    }

    @Test
    void theChosenFileIsTakenOutAndEverythingElseKept() throws Exception {
        Path export = dir.resolve("cases-of-Xie-Weidong.json");
        Path other = dir.resolve("holiday.jpg");
        Path folder = dir.resolve("csv export");
        Path xbel = dir.resolve("recently-used.xbel");
        Files.writeString(xbel, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xbel version=\"1.0\">\n" + bookmark(other)
                + bookmark(export) + bookmark(folder.resolve("cases.csv")) + "</xbel>\n");
        RecentFiles recent = new RecentFiles(xbel);

        assertThat(recent.forget(export)).isTrue();
        assertThat(recent.forget(folder)).isTrue();
        String left = Files.readString(xbel);
        assertThat(left).doesNotContain("Xie-Weidong").doesNotContain("cases.csv").contains("holiday.jpg")
                .startsWith("<?xml").endsWith("</xbel>\n");
        assertThat(recent.forget(export)).as("nothing left to take out").isFalse();
    }

    @Test
    void noListIsNoProblem() {
        assertThat(new RecentFiles(dir.resolve("absent.xbel")).forget(dir.resolve("a.json"))).isFalse();
    }
}
