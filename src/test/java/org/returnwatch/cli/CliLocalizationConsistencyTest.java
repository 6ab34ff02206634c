package org.returnwatch.cli;

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
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.returnwatch.domain.Labelled;
import org.returnwatch.domain.RecordKind;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The command line's bundles and its code agree, as the window's do in LocalizationConsistencyTest: every
 * word the commands print ({@code msg("…")}) and every piece of usage help picocli asks for is in English,
 * Simplified and Traditional Chinese, no key is left unused, placeholders match, and the Chinese is Chinese.
 */
class CliLocalizationConsistencyTest {
    private static final List<String> LANGUAGES = List.of("", "_zh_Hans", "_zh_Hant");
    private static final Path CLI = Path.of("src/main/java/org/returnwatch/cli");
    private static final String LITERAL = "\"(?:[^\"\\\\\\n]|\\\\.)*\"";
    private static final Pattern LOOKUP = Pattern.compile("\\bmsg\\(\\s*(" + LITERAL + "(?:\\s*\\+\\s*" + LITERAL
            + ")*)");
    /** {0}, picocli's ${DEFAULT-VALUE} and %n: what is put in or laid out, never translated away. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}|\\$\\{[A-Z-]+}|%n");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @Test
    void everyMessageTheCommandsPrintIsInEveryLanguageAndNoneIsUnused() throws IOException {
        Set<String> used = usedMessages();
        assertThat(used).hasSizeGreaterThan(100);
        for (String l : LANGUAGES) {
            assertThat(bundle("cli" + l).keySet()).as("cli" + l).isEqualTo(used);
        }
        bundle("cli").forEach((k, v) -> assertThat(v).as(k).isEqualTo(k));
    }

    @Test
    void messagesAreChineseWithTheirPlaceholdersAndTraditionalIsTraditional() throws IOException {
        Transliterator toTraditional = Transliterator.getInstance("Hans-Hant");
        Map<String, String> hans = bundle("cli_zh_Hans");
        Map<String, String> hant = bundle("cli_zh_Hant");
        for (Map<String, String> b : List.of(hans, hant)) {
            b.forEach((key, text) -> {
                assertThat(placeholders(text)).as(key).isEqualTo(placeholders(key));
                assertThat(HAN.matcher(text).find()).as("not Chinese: " + key + " = " + text).isTrue();
                new MessageFormat(text.replace("'", "''"));
            });
        }
        hant.forEach((key, text) -> assertThat(toTraditional.transliterate(text)).as(key).isEqualTo(text));
        assertThat(hant.get("Try 'returnwatch --help' for more information.")).contains("執行");
        assertThat(hans.get("Try 'returnwatch --help' for more information.")).contains("运行");
    }

    @Test
    void theUsageHelpHasTheSameKeysInEveryLanguageAndPicocliAsksForEveryOne() throws IOException {
        Map<String, String> english = bundle("cli-help");
        for (String l : LANGUAGES) {
            Map<String, String> words = bundle("cli-help" + l);
            assertThat(words.keySet()).as("cli-help" + l).isEqualTo(english.keySet());
            words.forEach((k, v) -> assertThat(placeholders(v)).as(l + " " + k)
                    .isEqualTo(placeholders(english.get(k))));
            Recording recording = new Recording(words);
            CommandLine cl = commandLine(recording);
            for (CommandLine c : everyCommand(cl)) {
                c.getUsageMessage(CommandLine.Help.Ansi.OFF);
            }
            assertThat(recording.asked).as("keys of cli-help" + l + " picocli never asks for")
                    .isEqualTo(words.keySet());
        }
    }

    @Test
    void everyCommandOptionAndParameterIsDescribedAndTheChineseHelpIsChinese() throws IOException {
        Map<String, List<String>> english = descriptions(bundle("cli-help"));
        assertThat(english).hasSizeGreaterThan(150);
        english.forEach((element, lines) -> assertThat(String.join("", lines)).as(element).isNotBlank());
        for (String l : List.of("_zh_Hans", "_zh_Hant")) {
            Map<String, List<String>> chinese = descriptions(bundle("cli-help" + l));
            assertThat(chinese.keySet()).isEqualTo(english.keySet());
            chinese.forEach((element, lines) -> {
                List<String> en = english.get(element);
                assertThat(lines).as(element).hasSameSizeAs(en);
                for (int i = 0; i < lines.size(); i++) {
                    if (!en.get(i).isEmpty()) {
                        assertThat(HAN.matcher(lines.get(i)).find()).as(l + " " + element + ": " + lines.get(i))
                                .isTrue();
                        assertThat(placeholders(lines.get(i))).as(element).isEqualTo(placeholders(en.get(i)));
                    }
                }
            });
        }
    }

    /** Every description picocli shows, by command and option, read through the given bundle. */
    private static Map<String, List<String>> descriptions(Map<String, String> words) {
        Map<String, List<String>> out = new TreeMap<>();
        for (CommandLine c : everyCommand(commandLine(new Recording(words)))) {
            CommandSpec spec = c.getCommandSpec();
            String name = spec.qualifiedName();
            out.put(name, List.of(spec.usageMessage().description()));
            if (spec.usageMessage().footer().length > 0) {
                out.put(name + " footer", List.of(spec.usageMessage().footer()));
            }
            for (OptionSpec o : spec.options()) {
                out.put(name + " " + o.longestName(), List.of(o.description()));
            }
            for (PositionalParamSpec p : spec.positionalParameters()) {
                out.put(name + " " + p.paramLabel(), List.of(p.description()));
            }
        }
        return out;
    }

    private static CommandLine commandLine(ResourceBundle help) {
        CommandLine cl = new CommandLine(new RootCommand(Map.of(), p -> null));
        cl.setResourceBundle(help);
        return cl;
    }

    private static List<CommandLine> everyCommand(CommandLine root) {
        List<CommandLine> all = new ArrayList<>(List.of(root));
        root.getSubcommands().values().forEach(sub -> all.addAll(everyCommand(sub)));
        return all;
    }

    /** The keys in msg("…") calls of the command line, and the headers of `list`'s tables. */
    static Set<String> usedMessages() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(CLI)) {
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
        for (RecordKind k : RecordKind.values()) {
            new RecordColumns(id -> "", Labelled::label, org.returnwatch.domain.FuzzyDate::toDisplay).forKind(k)
                    .forEach(c -> keys.add(c.header()));
        }
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
            out.append(e == 'n' ? '\n' : e);
        }
        return out.toString();
    }

    private static List<String> placeholders(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        Collections.sort(out);
        return out;
    }

    static Map<String, String> bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = CliLocalizationConsistencyTest.class.getResourceAsStream("/i18n/" + name + ".properties");
             Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, String> out = new TreeMap<>();
        p.forEach((k, v) -> out.put((String) k, (String) v));
        return out;
    }

    /** A bundle that notes every key picocli reads a value of. */
    private static final class Recording extends ResourceBundle {
        private final Map<String, String> words;
        private final Set<String> asked = new TreeSet<>();

        Recording(Map<String, String> words) {
            this.words = words;
        }

        @Override
        protected Object handleGetObject(String key) {
            String v = words.get(key);
            if (v != null) {
                asked.add(key);
            }
            return v;
        }

        @Override
        protected Set<String> handleKeySet() {
            return words.keySet();
        }

        @Override
        public Enumeration<String> getKeys() {
            return Collections.enumeration(words.keySet());
        }
    }
}
