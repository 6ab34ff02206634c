package org.returnwatch.exchange;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.returnwatch.store.IndexesSetAside;
import org.returnwatch.store.Store;
import org.returnwatch.store.TestDatabases;

/**
 * A made-up dataset of {@code n} cases with two incidents each, the same for the same {@code n} and
 * {@code first} on every run: people with Latin and Chinese names (a third have a name in characters,
 * some with aliases), a few actors as perpetrators, sources and citations. Its words are chosen for
 * searching: "vancouver" is in every case, "toronto" in one in ten, "ledger<i>" in case i alone,
 * and the Chinese surname 谢 in about one case in thirty. The sources and actors are written in the
 * document that begins with case 1; a document that begins later refers to them by reference code.
 *
 * <p>Written as a ReturnWatch JSON document, streamed (a million cases never sit in memory), or as a
 * ready database imported from it.
 */
public final class SyntheticDataset {
    public static final int SOURCES = 3;
    public static final int ACTORS = 12;
    private static final int PROGRESS_FROM = 20;
    private static final String[] SURNAMES = {"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu",
        "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Xie", "Smith", "Tremblay",
        "Nguyen", "Kowalski", "Haddad", "Okafor", "Petrov"};
    private static final String[] GIVEN = {"Wei", "Fang", "Min", "Jing", "Lei", "Yan", "Jun", "Hui", "Ling", "Tao",
        "Weidong", "Xiaoming", "Mei", "Anna", "David", "Marie", "Omar", "Ivan", "Grace", "Sipho"};
    private static final String[] HAN_SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐",
        "孙", "马", "朱", "胡", "郭", "何", "林", "高", "罗", "郑", "梁", "宋", "谢", "韩", "唐", "冯", "于", "董",
        "萧"};
    private static final String[] HAN_GIVEN = {"伟", "芳", "敏", "静", "磊", "燕", "军", "慧", "玲", "涛", "卫东",
        "小明", "美", "建国", "海燕", "志强", "秀英", "国华", "红", "平"};
    private static final String[] COUNTRIES = {"Canada", "United States", "Australia", "New Zealand", "France",
        "Germany", "Thailand", "Kenya"};
    private static final String[] CITIES = {"Vancouver", "Toronto", "Montreal", "Calgary", "Ottawa", "Seattle",
        "Sydney", "Auckland", "Paris", "Berlin"};
    private static final String[] TACTICS = {"FAMILY_PRESSURE", "AGENTS_ABROAD", "SURVEILLANCE_HARASSMENT",
        "DIGITAL_THREATS", "FINANCIAL_PRESSURE", "EXTRADITION_REQUEST", "INTERPOL_NOTICE"};
    private static final String[] OUTCOMES = {"RETURNED_UNDER_PRESSURE", "NOT_RETURNED", "ONGOING", "UNKNOWN",
        "DETAINED_ABROAD"};
    private static final String[] CAMPAIGNS = {"FOX_HUNT", "SKY_NET", "OTHER", "UNKNOWN"};
    private static final String[] WORDS = {"relatives", "questioned", "visited", "passport", "withheld",
        "employer", "threatened", "messages", "property", "frozen", "police", "summoned", "village", "harbour",
        "customs", "lawyer", "warned", "pension", "school", "brother", "sister", "mother", "father", "bank"};

    private SyntheticDataset() {
    }

    /** The document of cases {@code first} … {@code first + n − 1} (reference codes follow the numbers). */
    public static Path write(Path file, int first, int n) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(Files.newOutputStream(file), JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("format", "returnwatch");
            g.writeNumberField("formatVersion", 2);
            if (first == 1) {
                // later documents refer to them by reference code, as a partner's next spreadsheet would;
                // written again in each, they would be updated by every import
                writeSourcesAndActors(g);
            }
            g.writeArrayFieldStart("cases");
            for (int i = first; i < first + n; i++) {
                writeCase(g, i, new Random(i * 7919L + 17));
            }
            g.writeEndArray();
            g.writeArrayFieldStart("incidents");
            for (int i = first; i < first + n; i++) {
                Random r = new Random(i * 104_729L + 5);
                for (int k = 0; k < 2; k++) {
                    writeIncident(g, i, k, r);
                }
            }
            g.writeEndArray();
            g.writeArrayFieldStart("citations");
            for (int i = first; i < first + n; i += 5) {
                g.writeStartObject();
                g.writeStringField("ref", "RW-CIT-" + (i / 5 + 1));
                g.writeStringField("record", caseRef(i));
                g.writeStringField("source", "RW-SRC-" + (i % SOURCES + 1));
                g.writeStringField("locator", "para. " + (i % 40 + 1));
                g.writeStringField("grade", "B2");
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return file;
    }

    /**
     * A new encrypted database (test passphrase) holding cases 1 … {@code n}, imported in bulk in
     * documents of {@code perDocument} cases: one transaction per document, since H2 slows down more
     * than in proportion as one transaction grows (docs/benchmarks.md). The indexes whose keys are
     * random are set aside while the documents go in and built once at the end, and the file is
     * compacted: without that, each document took longer than the one before, and a million cases
     * took most of a day.
     */
    public static Store database(Path dir, int n, int perDocument) throws IOException {
        Files.createDirectories(dir);
        Store store = TestDatabases.create(dir);
        IndexesSetAside aside = IndexesSetAside.from(store);
        Path doc = dir.resolve("synthetic.json");
        int documents = (n + perDocument - 1) / perDocument;
        for (int first = 1; first <= n; first += perDocument) {
            write(doc, first, Math.min(perDocument, n - first + 1));
            new JsonExchange().importFile(store, doc);
            int done = first / perDocument + 1;
            if (documents >= PROGRESS_FROM && done % (documents / 10) == 0) {
                System.out.printf("%,d of %,d cases imported%n", Math.min(first + perDocument - 1, n), n);
            }
        }
        Files.delete(doc);
        aside.restore(store);
        // imports leave much dead space in the file, and reading a bloated file is slower
        return TestDatabases.compactAndReopen(store, dir);
    }

    private static void writeSourcesAndActors(JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("sources");
        for (int s = 1; s <= SOURCES; s++) {
            g.writeStartObject();
            g.writeStringField("ref", "RW-SRC-" + s);
            g.writeStringField("title", "Synthetic report number " + s);
            g.writeStringField("kind", "NGO_REPORT");
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("actors");
        for (int a = 1; a <= ACTORS; a++) {
            g.writeStartObject();
            g.writeStringField("ref", "RW-ACT-" + a);
            g.writeStringField("name", "Synthetic agency " + a);
            g.writeStringField("kind", "AGENCY");
            g.writeStringField("country", "China");
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    public static String caseRef(int i) {
        return String.format("RW-C-%06d", i);
    }

    private static void writeCase(JsonGenerator g, int i, Random r) throws IOException {
        String surname = pick(r, SURNAMES);
        String given = pick(r, GIVEN);
        g.writeStartObject();
        g.writeStringField("ref", caseRef(i));
        g.writeStringField("name", given + " " + surname);
        if (i % 3 == 0) {
            // 谢 in about one case in thirty: a Chinese-script word that is common without being everywhere
            g.writeStringField("nativeName", (i % 30 == 0 ? "谢" : pick(r, HAN_SURNAMES)) + pick(r, HAN_GIVEN));
        }
        if (i % 4 == 0) {
            g.writeArrayFieldStart("aliases");
            g.writeString(pick(r, GIVEN) + " " + surname);
            g.writeEndArray();
        }
        g.writeStringField("caseKind", i % 50 == 0 ? "GROUP" : "INDIVIDUAL");
        g.writeStringField("originCountry", "China");
        g.writeStringField("residenceCountry", pick(r, COUNTRIES));
        g.writeStringField("residenceCity", i % 10 == 0 ? "Toronto" : pick(r, CITIES));
        g.writeStringField("targetCategory", i % 2 == 0 ? "ECONOMIC_FUGITIVE" : "POLITICAL_DISSIDENT");
        g.writeStringField("campaign", pick(r, CAMPAIGNS));
        g.writeArrayFieldStart("outcomeHistory");
        g.writeStartObject();
        g.writeStringField("outcome", pick(r, OUTCOMES));
        g.writeStringField("date", Integer.toString(2014 + r.nextInt(10)));
        g.writeEndObject();
        g.writeEndArray();
        g.writeStringField("riskLevel", "MEDIUM");
        g.writeStringField("summary", "Followed from Vancouver; " + pick(r, WORDS) + " " + pick(r, WORDS) + " "
                + pick(r, WORDS) + ". Ledger" + i + ".");
        g.writeEndObject();
    }

    private static void writeIncident(JsonGenerator g, int i, int k, Random r) throws IOException {
        g.writeStartObject();
        g.writeStringField("ref", String.format("RW-I-%07d", 2 * i + k));
        g.writeStringField("case", caseRef(i));
        g.writeStringField("date", (2014 + r.nextInt(10)) + "-" + String.format("%02d", 1 + r.nextInt(12)));
        g.writeStringField("country", k == 0 ? "China" : pick(r, COUNTRIES));
        g.writeArrayFieldStart("tactics");
        String tactic = pick(r, TACTICS);
        g.writeString(tactic);
        if (r.nextInt(3) == 0 && !tactic.equals("DIGITAL_THREATS")) {
            g.writeString("DIGITAL_THREATS");
        }
        g.writeEndArray();
        g.writeArrayFieldStart("perpetrators");
        g.writeString("RW-ACT-" + (1 + r.nextInt(ACTORS)));
        g.writeEndArray();
        g.writeArrayFieldStart("pressured");
        g.writeString(k == 0 ? "RELATIVE" : "TARGET");
        g.writeEndArray();
        g.writeStringField("description", "The " + pick(r, WORDS) + " was " + pick(r, WORDS) + " and "
                + pick(r, WORDS) + ".");
        g.writeEndObject();
    }

    private static String pick(Random r, String[] from) {
        return from[r.nextInt(from.length)];
    }
}
