package org.returnwatch.names;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.returnwatch.names.Reading.Scheme;

/**
 * A deterministic set of people in which some are recorded twice under other spellings: Cantonese
 * with traditional characters, pinyin in Western order with a hyphen, characters only, Wade–Giles
 * only, or an English name with the pinyin as an alias. Every other person's names differ in every
 * reading, so that the planted pairs are the only true ones.
 */
public final class PlantedDuplicates {
    public record Planted(List<Person> people, Set<Set<UUID>> pairs) {
    }

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡杜"
            + "叶程苏魏吕丁沈姚卢姜崔钟谭陆范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾"
            + "毛郝龚邵钱严武戴莫孔向汤温麦关岑翁容鲍葛伍柯卓洪骆施游颜凌庄古聂符傅车";
    private static final String GIVEN = "小晓明伟卫东华建国志军平强红英芳丽敏静玲燕霞杰涛斌勇磊超鹏辉刚峰波宇浩俊海云春秋"
            + "玉兰新德庆福荣生成民忠光宏山永胜利飞晨亮安康佳欣怡婷雪琳娜慧淑秀珍凤萍莉美娟艳桂"
            + "倩颖嘉家子思雨天正世立中良义仁智信礼贵富兴达顺祥瑞宝泉河松柏清洁伦雄豪耀彬晖晶洋"
            + "帆凯博铭轩涵琪瑶露蕾薇莲菲霖泽锋鑫森昌振启宗祖培基坤鸿维威汉辰毅彤丹青韵诗梓悦楠"
            + "婉月星晴蓉琴贤惠君玮炜曦旭昕冰健锦锐钧钰镇";
    private static final List<String[]> PLACES = List.of(new String[] {"Toronto", "Canada"},
            new String[] {"Vancouver", "Canada"}, new String[] {"New York", "United States"},
            new String[] {"Sydney", "Australia"}, new String[] {"London", "United Kingdom"},
            new String[] {"Paris", "France"}, new String[] {"Auckland", "New Zealand"},
            new String[] {"Bangkok", "Thailand"}, new String[] {"Melbourne", "Australia"},
            new String[] {"Los Angeles", "United States"});
    private static final String[] ENGLISH = {"David", "Michael", "Grace", "Helen", "Peter", "Kevin", "Amy", "Jason"};

    private PlantedDuplicates() {
    }

    /**
     * {@code total} people of whom {@code planted} are second records of others; {@code avoid}'s names are left
     * out.
     */
    public static Planted generate(int total, int planted, List<Person> avoid) {
        Random random = new Random(20261130L);
        Set<String> usedKeys = new HashSet<>();
        for (Person p : avoid) {
            keysOf(p).forEach(usedKeys::add);
        }
        List<Person> bases = new ArrayList<>();
        while (bases.size() < total - planted) {
            StringBuilder chars = new StringBuilder()
                    .appendCodePoint(SURNAMES.codePointAt(random.nextInt(SURNAMES.length())));
            int given = random.nextInt(4) == 0 ? 1 : 2;
            for (int g = 0; g < given; g++) {
                chars.appendCodePoint(GIVEN.codePointAt(random.nextInt(GIVEN.length())));
            }
            String[] place = PLACES.get(random.nextInt(PLACES.size()));
            String pinyin = display(chars.toString(), Scheme.PINYIN);
            Person p = new Person(UUID.nameUUIDFromBytes(("base" + bases.size()).getBytes()), pinyin, chars.toString(),
                    List.of(), place[0], place[1], null);
            Set<String> keys = keysOf(p);
            if (keys.stream().noneMatch(usedKeys::contains)) {
                usedKeys.addAll(keys);
                bases.add(p);
            }
        }
        List<Person> people = new ArrayList<>(bases);
        Set<Set<UUID>> pairs = new HashSet<>();
        for (int i = 0; i < planted; i++) {
            Person b = bases.get(i * (bases.size() / planted));
            UUID id = UUID.nameUUIDFromBytes(("copy" + i).getBytes());
            String chars = b.nativeName();
            Person copy = switch (i % 5) {
                case 0 -> new Person(id, display(chars, Scheme.CANTONESE), NameReadings.of(chars).get(1).display(),
                        List.of(), b.city(), b.country(), null);
                case 1 -> new Person(id, westernOrder(chars), null, List.of(), b.city(), b.country(), null);
                case 2 -> new Person(id, chars, null, List.of(), b.city(), b.country(), null);
                case 3 -> new Person(id, display(chars, Scheme.WADE_GILES), null, List.of(), null, b.country(), null);
                default -> new Person(id, ENGLISH[i % ENGLISH.length] + " Example" + i, null, List.of(b.name()),
                        b.city(),
                        b.country(), null);
            };
            people.add(copy);
            pairs.add(Set.of(b.id(), id));
        }
        return new Planted(people, pairs);
    }

    private static Set<String> keysOf(Person p) {
        Set<String> keys = new HashSet<>(new Profile(p).blockingKeys());
        return keys;
    }

    private static String display(String chars, Scheme scheme) {
        return NameReadings.of(chars).stream().filter(r -> r.scheme() == scheme).findFirst().orElseThrow().display();
    }

    /** "Xiao-ming Wang": the given name first, its syllables hyphenated, as Western records write it. */
    private static String westernOrder(String chars) {
        Reading r = NameReadings.of(chars).stream().filter(x -> x.scheme() == Scheme.PINYIN).findFirst().orElseThrow();
        List<List<String>> w = r.words();
        String given = w.size() > 1 ? String.join("-", w.get(1)) : "";
        return (given.isEmpty() ? "" : given + " ") + String.join("", w.get(0));
    }
}
