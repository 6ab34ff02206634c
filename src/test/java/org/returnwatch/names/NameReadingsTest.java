package org.returnwatch.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.returnwatch.names.Reading.Scheme;

class NameReadingsTest {

    private static List<String> shown(String name, Scheme scheme) {
        return NameReadings.of(name).stream().filter(r -> r.scheme() == scheme).map(Reading::display).toList();
    }

    @Test
    void aNameInCharactersIsReadInPinyinWadeGilesCantoneseAndBothCharacterSets() {
        assertThat(shown("王小明", Scheme.PINYIN)).containsExactly("Wang Xiaoming");
        assertThat(shown("王小明", Scheme.WADE_GILES)).containsExactly("Wang Hsiao-ming");
        assertThat(shown("王小明", Scheme.CANTONESE)).first().isEqualTo("Wong Siu-ming");
        assertThat(shown("王小明", Scheme.JYUTPING)).containsExactly("Wong Siu-ming");
        assertThat(shown("王晓明", Scheme.CHARACTERS)).containsExactly("王晓明", "王曉明");
        assertThat(shown("謝衛東", Scheme.CHARACTERS)).containsExactly("謝衛東", "谢卫东");
        assertThat(shown("謝衛東", Scheme.PINYIN)).containsExactly("Xie Weidong");
        assertThat(shown("陈美玲", Scheme.WADE_GILES)).containsExactly("Ch'en Mei-ling");
        assertThat(shown("陈美玲", Scheme.CANTONESE)).first().isEqualTo("Chan Mei-ling");
        assertThat(shown("张伟", Scheme.CANTONESE)).first().isEqualTo("Cheung Wai");
    }

    @Test
    void polyphonicSurnamesAreReadAsSurnames() {
        assertThat(shown("曾志强", Scheme.PINYIN)).containsExactly("Zeng Zhiqiang");
        assertThat(shown("曾志强", Scheme.CANTONESE)).first().isEqualTo("Tsang Chi-keung");
        assertThat(shown("单田芳", Scheme.PINYIN)).containsExactly("Shan Tianfang");
        assertThat(shown("单田芳", Scheme.CANTONESE)).first().isEqualTo("Sin Tin-fong");
        assertThat(shown("解小东", Scheme.PINYIN)).containsExactly("Xie Xiaodong");
        assertThat(shown("欧阳晓明", Scheme.PINYIN)).as("a compound surname").containsExactly("Ouyang Xiaoming");
        // the same characters as ordinary words keep their ordinary reading
        assertThat(NameReadings.pinyinOfQuery("曾经")).containsExactly("zengjing", "cengjing");
    }

    @Test
    void aNameInPinyinIsSplitIntoSyllablesAndRespeltInWadeGiles() {
        assertThat(shown("Wang Xiaoming", Scheme.PINYIN)).containsExactly("Wang Xiaoming");
        assertThat(shown("Xiaoming Wang", Scheme.WADE_GILES)).containsExactly("Hsiao-ming Wang");
        assertThat(shown("wáng xiǎo-míng", Scheme.WADE_GILES)).containsExactly("Wang Hsiao-ming");
        assertThat(shown("Zhang Qiang", Scheme.WADE_GILES)).containsExactly("Chang Ch'iang");
        assertThat(shown("Xu Jun", Scheme.WADE_GILES)).containsExactly("Hsü Chün");
        assertThat(shown("Mehmet Tõhti", Scheme.PINYIN)).as("not pinyin").isEmpty();
        assertThat(shown("Wong Siu-ming", Scheme.AS_WRITTEN)).containsExactly("Wong Siu-ming");
    }

    @Test
    void oneNameHasOneKeyWhateverTheOrderSpacingHyphensAndTones() {
        String key = key("Wang Xiaoming", Scheme.PINYIN);
        assertThat(key("Xiaoming Wang", Scheme.PINYIN)).isEqualTo(key);
        assertThat(key("wang xiao-ming", Scheme.PINYIN)).isEqualTo(key);
        assertThat(key("Wáng Xiǎomíng", Scheme.PINYIN)).isEqualTo(key);
        assertThat(key("王小明", Scheme.PINYIN)).isEqualTo(key);
        assertThat(key("Wang Xiaomin", Scheme.PINYIN)).isNotEqualTo(key);
        assertThat(key("Wong Siu-ming", Scheme.AS_WRITTEN)).isEqualTo(key("王小明", Scheme.CANTONESE));
        assertThat(key("Wang Hsiao-ming", Scheme.AS_WRITTEN)).isEqualTo(key("王小明", Scheme.WADE_GILES));
        assertThat(key("王曉明", Scheme.CHARACTERS)).isEqualTo(key("王晓明", Scheme.CHARACTERS));
    }

    @Test
    void alsoFoundAsListsTheReadingsNotAlreadyWritten() {
        assertThat(NameReadings.alsoFoundAs(List.of("Wang Xiaoming", "王小明")))
                .containsExactly("Wang Hsiao-ming", "Wong Siu-ming");
        assertThat(NameReadings.alsoFoundAs(List.of("王晓明")))
                .containsExactly("Wang Xiaoming", "Wang Hsiao-ming", "Wong Hiu-ming", "王曉明");
        assertThat(NameReadings.alsoFoundAs(List.of("Mehmet Tõhti"))).isEmpty();
    }

    @Test
    void searchFormsRunNamesTogetherInBothOrders() {
        assertThat(NameReadings.searchForms("王小明")).contains("wang", "xiao", "ming", "xiaoming", "wangxiaoming",
                "xiaomingwang", "hsiao", "hsiaoming", "wong", "siu", "siuming", "王小明");
        assertThat(NameReadings.searchForms("Wang Xiaoming")).contains("xiao", "ming", "hsiaoming");
    }

    @Test
    void theSyllableListHoldsEveryReadingIcuGivesToCommonCharacters() {
        String common = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说"
                + "产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本"
                + "去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质"
                + "气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及"
                + "管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处"
                + "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢";
        List<String> outside = common.codePoints().mapToObj(cp -> HanScript.mandarin(cp, false))
                .filter(s -> !PinyinSyllables.ALL.contains(s)).distinct().collect(Collectors.toList());
        assertThat(outside).isEmpty();
        assertThat(PinyinSyllables.split("xiaoming")).contains(List.of("xiao", "ming"));
        assertThat(PinyinSyllables.split("xian")).contains(List.of("xian"));
        assertThat(PinyinSyllables.split("mehmet")).isEmpty();
    }

    private static String key(String name, Scheme scheme) {
        return NameReadings.of(name).stream().filter(r -> r.scheme() == scheme).findFirst().orElseThrow().key();
    }
}
