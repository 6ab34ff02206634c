package org.returnwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.desktop.settings.LanguageChoice;
import org.returnwatch.i18n.Language;

/**
 * The command line speaks English, Simplified or Traditional Chinese: --language, else the window's choice,
 * else the system's; its help, results and refusals follow, and what scripts read (CSV, JSON) does not.
 */
class CommandLineLanguageTest {
    @TempDir
    static Path dir;
    static SeededDatabase seeded;

    @BeforeAll
    static void seed() {
        seeded = SeededDatabase.quick(dir, "languages");
    }

    private static CliRunner.Result on(CliRunner cli, Object... args) {
        List<Object> all = new ArrayList<>(List.of("--db", seeded.db, "--passphrase-file", seeded.passphraseFile));
        all.addAll(List.of(args));
        return cli.run(all.toArray());
    }

    @Test
    void helpOfTheRootAndOfACommandIsInSimplifiedChineseWithNoEnglishDescriptionLeft() {
        CliRunner.Result root = new CliRunner().run("--language", "zh-Hans", "--help");
        assertThat(root.code()).isZero();
        assertThat(root.out()).startsWith("用法：returnwatch").contains("命令：", "记录并链接强迫回国个案",
                "显示此帮助信息并退出。", "从 FILE 的第一行读取口令", "创建加密数据库并载入种子数据集。");
        CliRunner.Result list = new CliRunner().run("--language", "zh-Hans", "list", "--help");
        assertThat(list.code()).isZero();
        assertThat(list.out()).startsWith("用法：returnwatch list").contains("列出某一类记录", "table（默认）、csv 或 json");
        // what is left in Latin letters are the program's own words: option names, labels, values and examples
        for (CliRunner.Result r : List.of(root, list)) {
            assertThat(englishWords(r.out())).as(r.out()).isEmpty();
        }
    }

    @Test
    void helpInTraditionalChineseUsesTaiwanWords() {
        CliRunner.Result export = new CliRunner().run("--language", "zh-Hant", "export", "--help");
        assertThat(export.code()).isZero();
        assertThat(export.out()).startsWith("用法：returnwatch export").contains("匯出是明文，未加密", "資料庫")
                .doesNotContain("导出", "数据库");
        assertThat(englishWords(export.out())).isEmpty();
        CliRunner.Result root = new CliRunner().run("--language", "zh-Hant", "--help");
        assertThat(root.out()).contains("命令：", "顯示此說明並結束。");
        assertThat(englishWords(root.out())).isEmpty();
    }

    @Test
    void resultsAndRefusalsAreInChinese() {
        CliRunner cli = new CliRunner();
        CliRunner.Result shown = on(cli, "--language", "zh-Hans", "show", "RW-C-0001");
        assertThat(shown.code()).as(shown.err()).isZero();
        assertThat(shown.out()).contains("时间线（", "链接（", "引用（").doesNotContain("Timeline (", "Citations (");

        CliRunner.Result added = on(cli, "--language", "zh-Hant", "follow-up", "RW-C-0002", "--due", "2031-03-01",
                "--note", "call the lawyer");
        assertThat(added.code()).as(added.err()).isZero();
        assertThat(added.out()).matches("(?s)已添加 RW-FU-\\d{4}  截止 2031-03-01  未完成  call the lawyer\\R");

        CliRunner.Result badStatus = on(cli, "--language", "zh-Hans", "list", "cases", "--status", "asleep");
        assertThat(badStatus.code()).isEqualTo(2);
        assertThat(badStatus.err()).isEqualTo("returnwatch: --status：“asleep”不是状态（请用 open、monitoring 或 closed）"
                + System.lineSeparator() + "运行“returnwatch --help”查看更多信息。" + System.lineSeparator());

        CliRunner.Result unknownOption = new CliRunner().run("--language", "zh-Hans", "list", "--bogus");
        assertThat(unknownOption.code()).isEqualTo(2);
        assertThat(unknownOption.err()).endsWith("运行“returnwatch --help”查看更多信息。" + System.lineSeparator());

        CliRunner.Result notOnTeam = on(cli, "--language", "zh-Hant", "caseworker", "--remove", "Nobody Here");
        assertThat(notOnTeam.code()).isEqualTo(1);
        assertThat(notOnTeam.err().strip()).isEqualTo("returnwatch: 「Nobody Here」不在團隊中；未作任何更改");
        assertThat(notOnTeam.out()).isEmpty();
    }

    /** picocli's own refusals of a command line: a missing parameter, an unknown option, a value not allowed. */
    @Test
    void theParsersOwnRefusalsAreInChinese() {
        assertThat(refusal("zh-Hans", "list")).isEqualTo("缺少必需的参数：'KIND'");
        assertThat(refusal("zh-Hans", "list", "cases", "--bogus")).isEqualTo("未知选项：'--bogus'");
        assertThat(refusal("zh-Hans", "list", "cases", "--format", "xml"))
                .isEqualTo("选项 --format 的值无效：应为 [table, csv, json] 之一，实际为“xml”");
        assertThat(refusal("zh-Hans", "--db", "--passphrase-file", "x", "list", "cases"))
                .isEqualTo("选项 --db 需要一个参数，却遇到了“--passphrase-file”");
        assertThat(refusal("zh-Hans", "--db")).isEqualTo("选项 --db（FILE） 缺少参数");
        assertThat(refusal("zh-Hans", "list", "cases", "extra")).isEqualTo("索引 4 处的参数无法识别：'extra'");
        assertThat(refusal("zh-Hant", "list", "cases", "--format", "xml"))
                .isEqualTo("選項 --format 的值無效：應為 [table, csv, json] 之一，實際為「xml」");
        assertThat(refusal("zh-Hant", "list")).isEqualTo("缺少必需的參數：'KIND'");
        // a malformed reference code is refused by the domain, in words the command line says in its language
        assertThat(refusal("zh-Hans", "show", "RW-7")).isEqualTo("不是编号（应为 RW-C-0007 这样的形式）：RW-7");
        assertThat(refusal("zh-Hant", "history", "RW-Q-0001")).isEqualTo("編號中的記錄類型無法辨識：RW-Q-0001");
        assertThat(refusal("en", "show", "RW-7")).isEqualTo("not a reference code (expected e.g. RW-C-0007): RW-7");
        // English stays as picocli writes it
        assertThat(refusal("en", "list")).isEqualTo("Missing required parameter: 'KIND'");
        assertThat(refusal("en", "list", "cases", "--bogus")).isEqualTo("Unknown option: '--bogus'");
        assertThat(refusal("en", "list", "cases", "--format", "xml"))
                .isEqualTo("Invalid value for option '--format': expected one of [table, csv, json] (case-insensitive) "
                        + "but was 'xml'");
    }

    /** The first line a usage error prints, without "returnwatch: "; the second says where to find help. */
    private static String refusal(String language, String... args) {
        List<String> all = new ArrayList<>(List.of("--language", language));
        all.addAll(List.of(args));
        CliRunner.Result r = new CliRunner().run(all.toArray());
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        List<String> lines = r.err().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("returnwatch: ");
        return lines.get(0).substring("returnwatch: ".length());
    }

    @Test
    void thePassphrasePromptIsInTheLanguageToo() {
        List<String> asked = new ArrayList<>();
        CliRunner cli = new CliRunner().prompt(p -> {
            asked.add(p);
            return null;
        });
        CliRunner.Result r = cli.run("--db", seeded.db, "--language", "zh-Hant", "list", "cases");
        assertThat(asked).containsExactly("密碼：");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("沒有密碼：請給出 --passphrase-file FILE");
    }

    @Test
    void withoutAChoiceTheDefaultStaysEnglish() {
        CliRunner.Result shown = on(new CliRunner(), "show", "RW-C-0001");
        assertThat(shown.out()).contains("Timeline (", "Citations (");
        CliRunner.Result help = new CliRunner().run("--help");
        assertThat(help.out()).startsWith("Usage: returnwatch").contains("Commands:")
                .doesNotContainPattern("\\p{IsHan}");
        CliRunner.Result refused = on(new CliRunner(), "list", "cases", "--status", "asleep");
        assertThat(refused.err()).contains("'asleep' is not a status", "Try 'returnwatch --help'");
    }

    @Test
    void theSystemsLanguageDecidesThenTheWindowsChoiceThenLanguage() {
        CliRunner taiwan = new CliRunner().env("LANG", "zh_TW.UTF-8");
        assertThat(taiwan.run("--help").out()).startsWith("用法：").contains("顯示此說明並結束。");
        CliRunner mainland = new CliRunner().env("LANG", "en_GB.UTF-8").env("LC_ALL", "zh_CN.UTF-8");
        assertThat(mainland.run("--help").out()).contains("显示此帮助信息并退出。");
        CliRunner chosenInTheWindow = new CliRunner().env("LANG", "zh_CN.UTF-8").windowChoice(Language.ENGLISH);
        assertThat(chosenInTheWindow.run("--help").out()).startsWith("Usage:");
        assertThat(chosenInTheWindow.run("--language", "zh-Hant", "--help").out()).startsWith("用法：")
                .contains("顯示此說明並結束。");
        assertThat(CommandLineLanguage.system(Map.of())).isEqualTo(Locale.getDefault());
        assertThat(CommandLineLanguage.posix("C")).isEqualTo(Locale.ENGLISH);
        assertThat(Language.closestTo(CommandLineLanguage.posix("zh_HK.UTF-8@stroke")))
                .isEqualTo(Language.TRADITIONAL_CHINESE);
    }

    @Test
    void anUnknownLanguageIsAUsageError() {
        CliRunner.Result r = new CliRunner().run("--language", "fr", "--help");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("returnwatch: --language: use en, zh-Hans or zh-Hant, not fr");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void whatScriptsReadStaysAsItIsInEveryLanguage() {
        CliRunner cli = new CliRunner();
        for (String format : List.of("csv", "json")) {
            CliRunner.Result english = on(cli, "list", "agreements", "--format", format);
            CliRunner.Result chinese = on(cli, "--language", "zh-Hans", "list", "agreements", "--format", format);
            assertThat(chinese.code()).as(chinese.err()).isZero();
            assertThat(chinese.out()).as(format).isEqualTo(english.out());
        }
        assertThat(on(cli, "--language", "zh-Hans", "list", "agreements", "--format", "csv").out())
                .startsWith("ref,title,kind,status,parties");
        // a table is read by a person: its headers and fixed words are translated
        CliRunner.Result table = on(cli, "--language", "zh-Hans", "list", "agreements");
        assertThat(table.out().lines().findFirst().orElseThrow()).startsWith("编号").contains("标题", "类型", "状态");
    }

    @Test
    void theWindowsChoiceIsReadWhereTheWindowKeepsIt() throws BackingStoreException {
        assertThat(CommandLineLanguage.WINDOW_NODE)
                .isEqualTo("/" + LanguageChoice.class.getPackageName().replace('.', '/'));
        Preferences node = Preferences.userRoot().node("returnwatch-test-" + UUID.randomUUID());
        try {
            assertThat(CommandLineLanguage.windowChoice(node)).isEmpty();
            new LanguageChoice(node).save(Language.TRADITIONAL_CHINESE);
            assertThat(CommandLineLanguage.windowChoice(node)).contains(Language.TRADITIONAL_CHINESE);
        } finally {
            node.removeNode();
        }
    }

    @Test
    void lookingForTheWindowsChoiceOnAFreshAccountPrintsNothing(@TempDir Path home) {
        // Java makes its preferences folder on first use and says so on standard error, unless told not to
        ChildCli.Result r = new ChildCli().jvm("-Djava.util.prefs.userRoot=" + home).run("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("ReturnWatch ");
        assertThat(r.err()).isEmpty();
        assertThat(home.resolve(".java/.userPrefs")).isDirectory();
    }

    /**
     * Words of English prose left in a help text: runs of two or more lower-case words of which at least one
     * is not the program's own (its name, its commands, the values one types such as "cases" or "table").
     */
    private static List<String> englishWords(String help) {
        java.util.Set<String> own = new java.util.HashSet<>(List.of("returnwatch", "cases", "incidents", "agreements",
                "series", "sources", "actors", "links", "citations", "table", "csv", "json", "open", "monitoring",
                "closed"));
        own.addAll(new picocli.CommandLine(new RootCommand(Map.of(), p -> null)).getSubcommands().keySet());
        List<String> found = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![-\\w.])[a-z]{2,}(?: [a-z]{2,})+")
                .matcher(help);
        while (m.find()) {
            if (!own.containsAll(List.of(m.group().split(" ")))) {
                found.add(m.group());
            }
        }
        return found;
    }
}
