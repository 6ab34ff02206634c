package org.returnwatch.desktop.dialog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.returnwatch.work.PrivateFiles;

/**
 * Takes the files chosen in ReturnWatch's file choosers out of the desktop's list of recently used
 * files. The GTK chooser writes every chosen file into {@code recently-used.xbel}, where the name of
 * an export ("cases-of-Xie-Weidong.json") would outlive the export itself. JavaFX cannot stop it, so
 * the entry is removed right after, and again a moment later, since GTK writes the list a little late.
 */
public final class RecentFiles {
    private final Path xbel;

    public RecentFiles(Path xbel) {
        this.xbel = xbel;
    }

    /** The desktop's list: {@code $XDG_DATA_HOME/recently-used.xbel}, else under {@code ~/.local/share}. */
    public static RecentFiles ofDesktop() {
        // GTK follows the environment, which may differ from Java's user.home (taken from the password file)
        String data = System.getenv("XDG_DATA_HOME");
        String home = System.getenv("HOME");
        Path base = data != null && !data.isBlank() ? Path.of(data)
                : Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home"), ".local", "share");
        return new RecentFiles(base.resolve("recently-used.xbel"));
    }

    /** Removes every entry naming {@code chosen} (or, for a folder, anything in it); true if one was there. */
    public boolean forget(Path chosen) {
        if (chosen == null || !Files.isRegularFile(xbel)) {
            return false;
        }
        try {
            String text = Files.readString(xbel, StandardCharsets.UTF_8);
            String uri = chosen.toAbsolutePath().normalize().toUri().toString();
            String prefix = uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
            Matcher m = Pattern.compile("\\s*<bookmark\\s+href=\"([^\"]*)\".*?</bookmark>", Pattern.DOTALL)
                    .matcher(text);
            StringBuilder kept = new StringBuilder();
            boolean removed = false;
            while (m.find()) {
                String href = m.group(1);
                boolean ours = href.equals(prefix) || href.startsWith(prefix + "/");
                m.appendReplacement(kept, ours ? "" : Matcher.quoteReplacement(m.group()));
                removed |= ours;
            }
            m.appendTail(kept);
            if (removed) {
                PrivateFiles.write(xbel, true, out -> out.write(kept.toString().getBytes(StandardCharsets.UTF_8)));
            }
            return removed;
        } catch (IOException | RuntimeException e) {
            // the desktop's list is not ours: when it cannot be read or written, it is left as it is
            return false;
        }
    }
}
