package org.returnwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.i18n.Language;
import org.returnwatch.i18n.Localization;
import org.returnwatch.store.KdfParams;

/**
 * What the window shows when the store refuses (through {@link Localization#message}) is in the window's
 * language: a database that is not there, one whose key file is missing.
 */
class StoreFailureWordsTest {
    @TempDir
    Path dir;

    @AfterEach
    void english() {
        Localization.use(Language.ENGLISH);
    }

    @Test
    void aDatabaseThatCannotBeOpenedIsRefusedInTheWindowsLanguage() throws Exception {
        Databases databases = new Databases(KdfParams.DEFAULT);
        Path none = dir.resolve("none.mv.db");
        Throwable missing = catchThrowable(() -> databases.open(none, "a long enough passphrase".toCharArray()));
        assertThat(missing).isInstanceOf(OpenRefused.class);
        assertThat(missing.getMessage()).isEqualTo("no database at " + none + " (create one with: init)");

        Localization.use(Language.SIMPLIFIED_CHINESE);
        assertThat(Localization.message(missing)).isEqualTo(none + " 处没有数据库（请用 init 创建）");
        Path garbage = Files.writeString(dir.resolve("garbage.mv.db"), "not a database");
        Throwable noKey = catchThrowable(() -> databases.open(garbage, "a long enough passphrase".toCharArray()));
        Localization.use(Language.TRADITIONAL_CHINESE);
        assertThat(Localization.message(noKey)).startsWith(garbage + " 旁邊沒有金鑰檔案 garbage.rwkey");
        Localization.use(Language.ENGLISH);
        assertThat(Localization.message(noKey)).startsWith(garbage + " has no key file garbage.rwkey beside it");
    }
}
