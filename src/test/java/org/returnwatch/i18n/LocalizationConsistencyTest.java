package org.returnwatch.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.returnwatch.domain.Labelled;
import org.returnwatch.domain.RecordKind;

/**
 * The bundles and the code agree, in the manner of JabRef's {@code LocalizationConsistencyTest}: every
 * key the code looks up is in every language, no key is left unused, the placeholders match, and no
 * words meant for a reader are written into the window's code outside the bundles.
 */
class LocalizationConsistencyTest {
    private static final Path MAIN = Path.of("src/main/java");
    private static final Path DESKTOP = MAIN.resolve("org/returnwatch/desktop");
    private static final String LITERAL = "\"(?:[^\"\\\\\\n]|\\\\.)*\"";
    /**
     * lang("…"), key("…") and phrase("…") (words the store or an import carries up to be said in the reader's
     * language), the literal possibly split over lines with +.
     */
    private static final Pattern LOOKUP = Pattern.compile("\\b(?:lang|key|phrase)\\(\\s*(" + LITERAL + "(?:\\s*\\+\\s*"
            + LITERAL + ")*)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    /**
     * What counts as a hard-coded user-visible string: a literal with a letter in it given straight to a
     * control's or dialog's words (setText, setTitle, setHeaderText, setContentText, setPromptText,
     * new Label / Button / MenuItem / Menu / CheckBox / RadioButton / Tab / Tooltip / ButtonType …), to
     * the DialogService (showError, showInfo, confirm) or to the project's control makers (Controls.column,
     * Controls.filter, FormControls.label …). Ids, style classes, icon codes and log lines are not words
     * for a reader and are never passed there.
     */
    private static final Pattern HARD_CODED = Pattern.compile("(?:\\b(?:setText|setTitle|setHeaderText|setContentText"
            + "|setPromptText|setAccessibleText|setAccessibleHelp|showError|showInfo|confirm|column|filter|label"
            + "|heading|section|muted|wrapping|say|showUnavailable|startUnsaved)"
            + "|\\bnew\\s+(?:Label|Button|MenuItem|Menu|CheckBox|RadioButton|Tab|Tooltip|ToggleButton|TitledPane"
            + "|Hyperlink|ButtonType|CheckMenuItem|RadioMenuItem|ExtensionFilter))\\(\\s*\"([^\"]*[A-Za-z][^\"]*)\"");
    /** Any literal of two words or more, in a view or view model, outside the bundles. */
    private static final Pattern WORDS = Pattern.compile("\"[^\"]*[A-Za-z]{2,}[^\"]* [^\"]*[A-Za-z][^\"]*\"");

    @Test
    void everyKeyTheCodeUsesIsInEveryLanguage() throws IOException {
        Set<String> used = usedKeys();
        for (String bundle : List.of("messages", "messages_zh_Hans", "messages_zh_Hant")) {
            assertThat(bundle(bundle).keySet()).as(bundle).containsAll(used);
        }
    }

    @Test
    void noKeyIsLeftUnused() throws IOException {
        assertThat(new TreeSet<>(bundle("messages").keySet())).isSubsetOf(usedKeys());
    }

    @Test
    void theThreeLanguagesHaveTheSameKeysAndEnglishIsTheKeyItself() throws IOException {
        Map<String, String> english = bundle("messages");
        english.forEach((k, v) -> assertThat(v).as(k).isEqualTo(k));
        assertThat(bundle("messages_zh_Hans").keySet()).isEqualTo(english.keySet());
        assertThat(bundle("messages_zh_Hant").keySet()).isEqualTo(english.keySet());
    }

    @Test
    void placeholdersMatchAndEveryPatternFormats() throws IOException {
        for (String bundle : List.of("messages_zh_Hans", "messages_zh_Hant")) {
            bundle(bundle).forEach((key, text) -> {
                assertThat(placeholders(text)).as(bundle + ": " + key).isEqualTo(placeholders(key));
                assertThat(text).as(bundle + ": " + key).isNotBlank();
                if (!placeholders(key).isEmpty()) {
                    new MessageFormat(text.replace("'", "''"));
                }
            });
        }
    }

    @Test
    void chineseIsTranslatedAndTraditionalChineseIsInTraditionalScript() throws IOException {
        Map<String, String> hans = bundle("messages_zh_Hans");
        Map<String, String> hant = bundle("messages_zh_Hant");
        long untranslated = hans.entrySet().stream().filter(e -> e.getKey().equals(e.getValue())).count();
        // only names, units and codes read the same ("ReturnWatch", "PDF…", "KB", "English")
        assertThat(untranslated).isLessThan(hans.size() / 40);
        Transliterator toTraditional = Transliterator.getInstance("Hans-Hant");
        hant.forEach((key, text) -> assertThat(toTraditional.transliterate(text)).as(key).isEqualTo(text));
        assertThat(hant.get("Open database")).isEqualTo("開啟資料庫");
        assertThat(hans.get("Open database")).isEqualTo("打开数据库");
    }

    @Test
    void theWindowsCodeHoldsNoHardCodedWordsForAReader() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(DESKTOP)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = readable(Files.readString(f, StandardCharsets.UTF_8));
                Matcher direct = HARD_CODED.matcher(code);
                while (direct.find()) {
                    found.add(f.getFileName() + ": " + direct.group(1));
                }
                Matcher literal = Pattern.compile(LITERAL).matcher(code);
                while (literal.find()) {
                    String text = literal.group();
                    if (WORDS.matcher(text).matches() && !text.contains("-fx-")) {
                        found.add(f.getFileName() + ": " + text);
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    /**
     * The code with what a reader never sees taken out: comments, annotations, log lines, date patterns,
     * styles and ids; and the words already looked up in the bundles.
     */
    private static String readable(String code) {
        StringBuilder kept = new StringBuilder();
        for (String line : code.split("\n", -1)) {
            String t = line.strip();
            boolean unseen = t.startsWith("//") || t.startsWith("*") || t.startsWith("/*") || t.startsWith("@")
                    || t.contains("LOG.") || t.matches(".*\\.(warn|debug|info|error|trace)\\(.*")
                    || t.contains("ofPattern(") || t.contains("setStyle(") || t.contains("getStyleClass()")
                    || t.contains("setId(");
            kept.append(unseen ? "" : line).append('\n');
        }
        return LOOKUP.matcher(kept).replaceAll("lang(");
    }

    private static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The keys in lang(…)/key(…)/phrase(…) calls, and the words of every controlled list (looked up by label). */
    static Set<String> usedKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LOOKUP.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    StringBuilder key = new StringBuilder();
                    Matcher part = Pattern.compile(LITERAL).matcher(m.group(1));
                    while (part.find()) {
                        key.append(unescape(part.group().substring(1, part.group().length() - 1)));
                    }
                    keys.add(key.toString());
                }
            }
        }
        try (Stream<Path> files = Files.list(MAIN.resolve("org/returnwatch/domain"))) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString().replace(".java", "");
                try {
                    Class<?> c = Class.forName("org.returnwatch.domain." + name);
                    if (c.isEnum() && Labelled.class.isAssignableFrom(c)) {
                        for (Object value : c.getEnumConstants()) {
                            keys.add(((Labelled) value).label());
                        }
                    }
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        for (RecordKind k : RecordKind.values()) {
            keys.add(k.plural());
        }
        // the tactic list's words: the standard list and what the seed dataset adds are shown translated
        for (org.returnwatch.domain.Tactic t : org.returnwatch.domain.Tactic.STANDARD) {
            keys.add(t.label());
        }
        for (com.fasterxml.jackson.databind.JsonNode t : new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Path.of("seeds/seed.json").toFile()).path("tactics")) {
            keys.add(t.path("label").asText());
        }
        // a link read from its other end ("persuaded by"), looked up by these words
        for (org.returnwatch.domain.LinkRelation r : org.returnwatch.domain.LinkRelation.values()) {
            keys.add(r.inverseLabel());
        }
        keys.remove("");
        return keys;
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(e);
            }
        }
        return out.toString();
    }

    static Map<String, String> bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LocalizationConsistencyTest.class.getResourceAsStream("/i18n/" + name + ".properties");
             Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, String> out = new TreeMap<>();
        p.forEach((k, v) -> out.put((String) k, (String) v));
        return out;
    }
}
