package org.returnwatch.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Splits a word written in pinyin into its syllables ("xiaoming" → xiao, ming), so that a name
 * stored as "Wang Xiaoming" is found by "xiao ming" and can be respelt in Wade–Giles. The syllable
 * list is the standard inventory of Mandarin syllables (the toneless readings ICU4J's Han-Latin gives
 * the CJK Unified Ideographs, less interjections such as hm and ng, which would split words wrongly;
 * a test checks it against ICU).
 */
final class PinyinSyllables {
    static final Set<String> ALL = Set.of((""
            + "a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao "
            + "ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui "
            + "chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao die ding "
            + "diu dong dou du duan dui dun duo e ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao "
            + "ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai han hang hao he hei hen heng hong "
            + "hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun "
            + "ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le "
            + "lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lue lun luo lü lüe ma mai man mang "
            + "mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni nian "
            + "niang niao nie nin ning niu nong nou nu nuan nue nun nuo nü nüe o ou pa pai pan pang pao pei pen peng "
            + "pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran "
            + "rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan "
            + "shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan "
            + "sui sun suo ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan "
            + "wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao "
            + "ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang "
            + "zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu "
            + "zuan zui zun zuo").split(" "));
    private static final int LONGEST = 6;

    private PinyinSyllables() {
    }

    /**
     * The syllables of a lower-case word, fewest first (xian rather than xi + an); empty when the word
     * is not pinyin. A name is rarely over four syllables, so anything longer is not taken for one.
     */
    static Optional<List<String>> split(String word) {
        if (word.isEmpty() || word.length() > 4 * LONGEST) {
            return Optional.empty();
        }
        // best[i]: the fewest syllables covering word[i..]; null where none does
        List<List<String>> best = new ArrayList<>();
        for (int i = 0; i <= word.length(); i++) {
            best.add(null);
        }
        best.set(word.length(), List.of());
        for (int i = word.length() - 1; i >= 0; i--) {
            for (int end = Math.min(word.length(), i + LONGEST); end > i; end--) {
                String s = word.substring(i, end);
                List<String> rest = best.get(end);
                if (rest != null && ALL.contains(s) && (best.get(i) == null || rest.size() + 1 < best.get(i).size())) {
                    List<String> found = new ArrayList<>();
                    found.add(s);
                    found.addAll(rest);
                    best.set(i, found);
                }
            }
        }
        List<String> whole = best.get(0);
        return whole == null || whole.size() > 4 ? Optional.empty() : Optional.of(List.copyOf(whole));
    }
}
