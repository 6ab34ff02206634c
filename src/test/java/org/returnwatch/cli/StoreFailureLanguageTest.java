package org.returnwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the store and the imports refuse is said in the command line's language: a missing database, a wrong
 * passphrase, a file that is not a database, an import's problems (JSON, a missing field, CSV), an unknown
 * reference, a backup refused. A library's own words in parentheses (Jackson's) stay as they are.
 */
class StoreFailureLanguageTest {
    @TempDir
    static Path dir;
    static SeededDatabase seeded;

    @BeforeAll
    static void seed() {
        seeded = SeededDatabase.quickEmpty(dir, "failures");
    }

    private static String refusal(String language, Object... args) {
        List<Object> all = new ArrayList<>(List.of("--language", language, "--db", seeded.db, "--passphrase-file",
                seeded.passphraseFile));
        all.addAll(List.of(args));
        CliRunner.Result r = new CliRunner().run(all.toArray());
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).startsWith("returnwatch: ");
        return r.err().strip().substring("returnwatch: ".length());
    }

    @Test
    void aMissingDatabaseOrOneThatIsNotADatabaseIsSaidInChinese() throws IOException {
        Path none = dir.resolve("none");
        CliRunner.Result missing = new CliRunner().run("--language", "zh-Hans", "--db", none, "--passphrase-file",
                seeded.passphraseFile, "list", "cases");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err().strip()).isEqualTo("returnwatch: " + none + ".mv.db 处没有数据库（请用 init 创建）");

        Path garbage = Files.writeString(dir.resolve("garbage.mv.db"), "not a database");
        CliRunner.Result notOne = new CliRunner().run("--language", "zh-Hant", "--db", garbage, "--passphrase-file",
                seeded.passphraseFile, "list", "cases");
        assertThat(notOne.err().strip()).isEqualTo("returnwatch: " + garbage
                + " 旁邊沒有金鑰檔案 garbage.rwkey：它不是 ReturnWatch 資料庫，或其金鑰檔案沒有一起複製");
    }

    @Test
    void aWrongPassphraseIsSaidInChinese() throws IOException {
        Path db = SeededDatabase.quickEmpty(dir, "wrong").db;
        Path wrong = Files.writeString(dir.resolve("wrong.txt"), "not the passphrase\n");
        CliRunner.Result r = new CliRunner().run("--language", "zh-Hans", "--db", db, "--passphrase-file", wrong,
                "list", "cases");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("returnwatch: " + db + " 的口令错误");
        CliRunner.Result english = new CliRunner().run("--language", "en", "--db", db, "--passphrase-file", wrong,
                "list", "cases");
        assertThat(english.err().strip()).startsWith("returnwatch: wrong passphrase for " + db);
    }

    @Test
    void anImportsProblemsAreSaidInChineseWithJacksonsOwnWordsLeftAsTheyAre() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\n  \"format\": ,\n}\n");
        assertThat(refusal("zh-Hans", "import", bad)).startsWith(bad + "，第 2 行：不是有效的 JSON（Unexpected character");

        Path missing = Files.writeString(dir.resolve("missing.json"), "{\"format\": \"returnwatch\", "
                + "\"formatVersion\": 2,\n \"cases\": [\n {\"ref\": \"RW-C-0001\", \"caseKind\": \"INDIVIDUAL\"}"
                + "\n]}\n");
        assertThat(refusal("zh-Hans", "import", missing)).isEqualTo(missing + "，第 3 行，cases[0].name：为必填项");
        assertThat(refusal("en", "import", missing)).isEqualTo(missing + ", line 3, cases[0].name: is required");

        Path csv = Files.writeString(dir.resolve("one.csv"), "a,b\n1,2\n");
        assertThat(refusal("zh-Hans", "import", csv)).startsWith(csv + "：是单个 CSV 文件：请用 --mapping FILE 导入");
    }

    @Test
    void anUnknownReferenceAndARefusedBackupAreSaidInChinese() {
        assertThat(refusal("zh-Hans", "dossier", "RW-C-9999", "--out", dir.resolve("d.pdf")))
                .isEqualTo("没有个案 RW-C-9999；未打印任何内容");
        assertThat(refusal("zh-Hant", "backup", "--out", seeded.db))
                .isEqualTo("備份不能寫在資料庫本身之上；請選擇其他檔案");
        assertThat(refusal("en", "backup", "--out", seeded.db))
                .isEqualTo("the backup cannot be written over the database itself; choose another file");
    }

    @Test
    void aFileThatIsNotABackupIsSaidInChinese() throws IOException {
        Path words = Files.writeString(dir.resolve("notes.txt"), "plain words, not a backup");
        Path tooShort = Files.write(dir.resolve("short.rwbackup"), new byte[] {'R'});
        CliRunner.Result r = new CliRunner().run("--language", "zh-Hans", "--db", dir.resolve("restored"),
                "--passphrase-file", seeded.passphraseFile, "restore", words);
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("returnwatch: " + words + " 不是 ReturnWatch 备份；未作任何更改");
        r = new CliRunner().run("--language", "zh-Hant", "--db", dir.resolve("restored"),
                "--passphrase-file", seeded.passphraseFile, "restore", tooShort);
        assertThat(r.err().strip()).isEqualTo("returnwatch: " + tooShort + " 不是 ReturnWatch 備份（檔案太短）；未作任何更改");
        assertThat(dir.resolve("restored.mv.db")).doesNotExist();

        Path backup = dir.resolve("whole.rwbackup");
        assertThat(new CliRunner().run("--db", seeded.db, "--passphrase-file", seeded.passphraseFile, "backup",
                "--out", backup).code()).isZero();
        byte[] bytes = Files.readAllBytes(backup);
        bytes[bytes.length - 40] ^= 0x55;
        Path flipped = Files.write(dir.resolve("flipped.rwbackup"), bytes);
        r = new CliRunner().run("--language", "zh-Hans", "--db", dir.resolve("restored"),
                "--passphrase-file", seeded.passphraseFile, "restore", flipped);
        assertThat(r.err().strip()).matches("returnwatch: " + java.util.regex.Pattern.quote(flipped.toString())
                + " 已损坏或不是 ReturnWatch 备份：第 \\d+ 块未通过完整性检查；未作任何更改");
        assertThat(dir.resolve("restored.mv.db")).doesNotExist();
    }

    /** verify's first finding, and the refusal to open a database older than its key file, in Chinese. */
    @Test
    void verifysFirstFindingIsSaidInChinese() throws IOException {
        SeededDatabase older = SeededDatabase.quickEmpty(dir, "older");
        Path data = older.db;
        Path copy = Files.copy(data, dir.resolve("older.mv.db.copy"));
        Path doc = Files.writeString(dir.resolve("one.json"), "{\"format\":\"returnwatch\",\"formatVersion\":1,"
                + "\"cases\":[{\"ref\":\"RW-C-0200\",\"name\":\"Added Later\"}]}");
        CliRunner cli = new CliRunner();
        assertThat(cli.run("--db", data, "--passphrase-file", older.passphraseFile, "import", doc).code()).isZero();
        Files.copy(copy, data, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        CliRunner.Result list = cli.run("--language", "zh-Hans", "--db", data, "--passphrase-file",
                older.passphraseFile, "list", "cases");
        assertThat(list.err().strip()).startsWith("returnwatch: 数据库比其密钥文件旧：其历史止于条目 #0")
                .endsWith("；详情请运行 verify");
        CliRunner.Result verify = cli.run("--language", "zh-Hans", "--db", data, "--passphrase-file",
                older.passphraseFile, "verify");
        assertThat(verify.code()).isEqualTo(1);
        assertThat(verify.err().strip()).startsWith("returnwatch: " + data + ": 数据库比其密钥文件旧")
                .doesNotContain("older than");
    }
}
